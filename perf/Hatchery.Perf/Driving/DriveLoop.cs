using System.Diagnostics;
using System.Globalization;

namespace Hatchery.Perf.Driving;

/// <summary>
/// The loop <c>hatchery-perf drive</c> runs: warm-up, then the measured operations, with an optional handshake on
/// standard input/output so a profiler can start and stop around the measured part alone.
/// </summary>
/// <remarks>
/// The protocol, one line each: the driver prints <c>ready</c> and waits for a line; runs the operations; prints
/// <c>measured N operations in T ms, B bytes allocated</c>; prints <c>done</c> and waits for a line; exits.
/// Without the handshake only the <c>measured</c> line is printed.
/// </remarks>
internal static class DriveLoop
{
    /// <summary>The line that starts with this carries the measured figures.</summary>
    public const string MeasuredPrefix = "measured ";

    /// <summary>Runs <paramref name="operation"/> as asked and returns how many times it ran.</summary>
    public static long Run(Action operation, long? operations, double? seconds, double warmupSeconds, bool handshake, TextReader input, TextWriter output)
    {
        for (var warm = Stopwatch.StartNew(); warm.Elapsed.TotalSeconds < warmupSeconds;) operation();
        if (handshake)
        {
            output.WriteLine("ready");
            output.Flush();
            input.ReadLine();
        }
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        long done = 0;
        if (operations is { } count)
        {
            for (; done < count; done++) operation();
        }
        else
        {
            var limit = TimeSpan.FromSeconds(seconds ?? 5);
            while (clock.Elapsed < limit)
            {
                operation();
                done++;
            }
        }
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{MeasuredPrefix}{done} operations in {clock.Elapsed.TotalMilliseconds:0.###} ms, {allocated} bytes allocated"));
        if (handshake)
        {
            output.WriteLine("done");
            output.Flush();
            input.ReadLine();
        }
        output.Flush();
        return done;
    }

    /// <summary>The operation count from a <c>measured …</c> line, or null if <paramref name="line"/> is not one.</summary>
    public static (long Operations, double Milliseconds, long Bytes)? ParseMeasured(string line)
    {
        if (!line.StartsWith(MeasuredPrefix, StringComparison.Ordinal)) return null;
        var parts = line.Split(' ');
        // "measured N operations in T ms, B bytes allocated"
        if (parts.Length < 8) return null;
        return (long.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[4], CultureInfo.InvariantCulture),
            long.Parse(parts[6], CultureInfo.InvariantCulture));
    }
}
