using System.Diagnostics;
using System.Runtime.InteropServices;
using Hatchery.Perf.Driving;

namespace Hatchery.Perf.Profiling;

/// <summary>What one CPU profile measured.</summary>
/// <param name="Stacks">The folded stacks of every sample taken while the measured loop ran.</param>
/// <param name="Operations">Operations the loop ran while sampled.</param>
/// <param name="Milliseconds">How long that took.</param>
internal sealed record CpuProfile(FoldedStacks Stacks, long Operations, double Milliseconds);

/// <summary>
/// CPU samples of a benchmark's loop with <c>perf record -F 999 -g</c>, the .NET perf map on, sampling only while
/// the measured loop runs: perf starts with its events disabled (<c>-D -1</c>) and the driver's handshake switches
/// them on and off through perf's control FIFO, so start-up and JIT warm-up stay out of the profile.
/// </summary>
internal static partial class CpuProfiler
{
    /// <summary>The environment .NET needs for perf to name JIT-compiled frames (DESIGN: verified here).</summary>
    public static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>
    {
        ["DOTNET_PerfMapEnabled"] = "1",
        ["DOTNET_EnableWriteXorExecute"] = "0",
    };

    /// <summary>Records <paramref name="seconds"/> of the benchmark after <paramref name="warmupSeconds"/> of warm-up.</summary>
    public static async Task<CpuProfile> RecordAsync(string perf, string benchmarkAssembly, string benchmark, double seconds, double warmupSeconds,
        string workDirectory, CancellationToken cancellation)
    {
        Directory.CreateDirectory(workDirectory);
        var control = Path.Combine(workDirectory, "perf.control");
        var ack = Path.Combine(workDirectory, "perf.ack");
        var data = Path.Combine(workDirectory, "perf.data");
        foreach (var fifo in new[] { control, ack })
        {
            File.Delete(fifo);
            if (MakeFifo(fifo, Convert.ToUInt32("600", 8)) != 0) throw new IOException($"mkfifo {fifo} failed (errno {Marshal.GetLastPInvokeError()})");
        }
        string[] wrapper = [perf, "record", "-F", "999", "-g", "-D", "-1", "--control", $"fifo:{control},{ack}", "-o", data, "--"];
        using var driver = DriverProcess.Start(benchmarkAssembly, benchmark,
            ["--seconds", DriverProcess.Arg(seconds), "--warmup", DriverProcess.Arg(warmupSeconds), "--handshake"], wrapper, Environment);
        // perf opens the FIFOs when it starts; opening ours blocks until it has, so do it off the caller's thread.
        var opening = Task.Run(() => (Control: new StreamWriter(File.OpenWrite(control)) { AutoFlush = true }, Ack: new StreamReader(File.OpenRead(ack))), cancellation);
        try
        {
            await driver.WaitForLineAsync("ready", cancellation);
        }
        catch (IOException)
        {
            throw new IOException(ProfilerTools.PerfFailed(driver.Error, -1));
        }
        var (controlWriter, ackReader) = await opening.WaitAsync(TimeSpan.FromSeconds(30), cancellation);
        using (controlWriter)
        using (ackReader)
        {
            await controlWriter.WriteLineAsync("enable");
            await ackReader.ReadLineAsync(cancellation);
            await driver.SendAsync("go");
            await driver.WaitForLineAsync("done", cancellation);
            await controlWriter.WriteLineAsync("disable");
            await ackReader.ReadLineAsync(cancellation);
        }
        await driver.SendAsync("exit");
        var exitCode = await driver.WaitForExitAsync(cancellation);
        if (exitCode != 0 || !File.Exists(data)) throw new IOException(ProfilerTools.PerfFailed(driver.Error, exitCode));
        var measured = driver.Measured ?? throw new IOException("the benchmark driver printed no measurement");
        var stacks = await ScriptAsync(perf, data, cancellation);
        File.Delete(data);
        File.Delete(control);
        File.Delete(ack);
        if (stacks.Total == 0)
        {
            throw new IOException("perf recorded no samples of the measured loop"
                                  + (ProfilerTools.PerfPermissionProblem(ProfilerTools.ReadParanoid(), ProfilerTools.IsRoot()) is { } why ? ": " + why : ""));
        }
        return new CpuProfile(stacks, measured.Operations, measured.Milliseconds);
    }

    /// <summary>Folds <c>perf script -i DATA</c> as it streams out.</summary>
    private static async Task<FoldedStacks> ScriptAsync(string perf, string data, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(perf) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "script", "-i", data }) start.ArgumentList.Add(argument);
        using var script = Process.Start(start) ?? throw new IOException("could not start perf script");
        var error = script.StandardError.ReadToEndAsync(cancellation);
        var stacks = await Task.Run(() => PerfScriptParser.Parse(script.StandardOutput), cancellation);
        await script.WaitForExitAsync(cancellation);
        if (script.ExitCode != 0) throw new IOException($"perf script failed (exit code {script.ExitCode}): {DriverProcess.Tail(await error)}");
        return stacks;
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int MakeFifo(string path, uint mode);
}
