using System.Diagnostics.Tracing;
using Hatchery.Perf.Driving;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace Hatchery.Perf.Profiling;

/// <summary>One sampled allocation: where (root-first managed frames) and what.</summary>
/// <param name="Stack">Call stack, root first, frame names tidied as in CPU profiles.</param>
/// <param name="Type">The allocated type's name.</param>
/// <param name="ObjectSize">The sampled object's size in bytes.</param>
internal readonly record struct AllocationSample(IReadOnlyList<string> Stack, string Type, long ObjectSize);

/// <summary>What one allocation profile saw.</summary>
/// <param name="Samples">Every sampled allocation of the measured loop.</param>
/// <param name="Operations">Operations the loop ran.</param>
/// <param name="MeasuredBytes">Bytes the loop allocated, by <c>GC.GetTotalAllocatedBytes</c> (exact, no stacks).</param>
internal sealed record AllocationProfile(IReadOnlyList<AllocationSample> Samples, long Operations, long MeasuredBytes);

/// <summary>
/// Allocation samples of a benchmark's loop from .NET 10's <c>AllocationSampled</c> event (keyword
/// <c>0x80000000000</c>) over EventPipe, with stacks. The runtime samples on average one allocation per
/// <see cref="MeanSamplingDistance"/> bytes; each sample stands for <c>size / p</c> bytes and <c>1 / p</c> objects,
/// where <c>p = 1 − exp(−size / distance)</c> is its chance of being sampled.
/// </summary>
internal static class AllocationProfiler
{
    /// <summary>The runtime's mean distance between sampled bytes (100 KiB).</summary>
    public const double MeanSamplingDistance = 100 * 1024;

    private const long AllocationSamplingKeyword = 0x80000000000;

    /// <summary>How many bytes one sample of an object of <paramref name="size"/> bytes stands for.</summary>
    public static double EstimatedBytes(long size) => size / SampledProbability(size);

    /// <summary>How many objects one sample of an object of <paramref name="size"/> bytes stands for.</summary>
    public static double EstimatedObjects(long size) => 1 / SampledProbability(size);

    private static double SampledProbability(long size) => 1 - Math.Exp(-Math.Max(1, size) / MeanSamplingDistance);

    /// <summary>Profiles <paramref name="seconds"/> of the benchmark's loop after <paramref name="warmupSeconds"/> of warm-up.</summary>
    public static async Task<AllocationProfile> RecordAsync(string benchmarkAssembly, string benchmark, double seconds, double warmupSeconds,
        string workDirectory, CancellationToken cancellation)
    {
        Directory.CreateDirectory(workDirectory);
        var trace = Path.Combine(workDirectory, "allocations.nettrace");
        using var driver = DriverProcess.Start(benchmarkAssembly, benchmark,
            ["--seconds", DriverProcess.Arg(seconds), "--warmup", DriverProcess.Arg(warmupSeconds), "--handshake"], [], new Dictionary<string, string>());
        await driver.WaitForLineAsync("ready", cancellation);
        var client = new DiagnosticsClient(driver.Id);
        EventPipeProvider[] providers =
        [
            // Loader and JIT keywords: method load events, so frames of code compiled during the loop get names.
            new("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose,
                AllocationSamplingKeyword | (long)(ClrTraceEventParser.Keywords.Loader | ClrTraceEventParser.Keywords.Jit)),
        ];
        using (var session = client.StartEventPipeSession(providers, requestRundown: true, circularBufferMB: 256))
        {
            var copy = Task.Run(async () =>
            {
                await using var file = File.Create(trace);
                await session.EventStream.CopyToAsync(file, cancellation);
            }, cancellation);
            await driver.SendAsync("go");
            await driver.WaitForLineAsync("done", cancellation);
            // Stopping the session while the process lives makes the runtime write the rundown that names every method.
            await session.StopAsync(cancellation);
            await copy;
        }
        await driver.SendAsync("exit");
        await driver.WaitForExitAsync(cancellation);
        var measured = driver.Measured ?? throw new IOException("the benchmark driver printed no measurement");
        var samples = Read(trace);
        File.Delete(trace);
        File.Delete(Path.ChangeExtension(trace, ".etlx"));
        if (samples.Count == 0)
        {
            throw new IOException("no AllocationSampled events arrived: allocation sampling needs .NET 10 or later "
                                  + $"(the driver ran on {System.Environment.Version}) and a loop that allocates");
        }
        return new AllocationProfile(samples, measured.Operations, measured.Bytes);
    }

    /// <summary>The allocation samples of an EventPipe trace, with their stacks resolved.</summary>
    public static List<AllocationSample> Read(string nettrace)
    {
        var etlx = TraceLog.CreateFromEventPipeDataFile(nettrace, Path.ChangeExtension(nettrace, ".etlx"));
        using var log = new TraceLog(etlx);
        var samples = new List<AllocationSample>();
        var source = log.Events.GetSource();
        source.Clr.AllocationSampling += data =>
        {
            var leafFirst = new List<string>();
            for (var frame = data.CallStack(); frame is not null; frame = frame.Caller)
            {
                var address = frame.CodeAddress;
                var name = address.FullMethodName is { Length: > 0 } method
                    ? PerfScriptParser.FrameName(method, "")
                    : $"[{(address.ModuleName is { Length: > 0 } module ? module : "unknown")}]";
                if (name.StartsWith('[') && leafFirst.Count > 0 && leafFirst[^1] == name) continue;
                leafFirst.Add(name);
            }
            leafFirst.Reverse();
            samples.Add(new AllocationSample(leafFirst, data.TypeName, data.ObjectSize));
        };
        source.Process();
        return samples;
    }

    /// <summary>Folded stacks weighted by estimated bytes, the allocated type as the leaf frame (<c>new T</c>).</summary>
    public static FoldedStacks Fold(AllocationProfile profile)
    {
        var stacks = new FoldedStacks();
        foreach (var sample in profile.Samples)
        {
            stacks.Add([.. sample.Stack, "new " + sample.Type], (long)Math.Round(EstimatedBytes(sample.ObjectSize)));
        }
        return stacks;
    }
}
