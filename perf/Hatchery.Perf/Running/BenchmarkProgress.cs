using System.Text.RegularExpressions;

namespace Hatchery.Perf.Running;

/// <summary>
/// Follows BenchmarkDotNet's console output line by line: how many benchmarks there are, how many are done, and
/// which one runs now. It relies on three lines BenchmarkDotNet 0.15 prints: <c>// ***** Found N benchmark(s) in
/// total *****</c>, <c>// Benchmark: NAME: JOB</c> and <c>// ** Remained R (P %) benchmark(s) to run. …</c>.
/// </summary>
public sealed partial class BenchmarkProgress
{
    /// <summary>How many benchmarks the run has; null until BenchmarkDotNet has said.</summary>
    public int? Total { get; private set; }

    /// <summary>How many benchmarks have finished.</summary>
    public int Done { get; private set; }

    /// <summary>The benchmark running now (<c>Suite.Method</c> with parameters), or null between benchmarks.</summary>
    public string? Current { get; private set; }

    /// <summary>Takes one line of output; returns true when it changed the progress.</summary>
    public bool Feed(string line)
    {
        if (FoundPattern().Match(line) is { Success: true } found)
        {
            Total = int.Parse(found.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }
        if (BenchmarkPattern().Match(line) is { Success: true } benchmark)
        {
            Current = benchmark.Groups[2].Success ? $"{benchmark.Groups[1].Value} {benchmark.Groups[2].Value}" : benchmark.Groups[1].Value;
            return true;
        }
        if (RemainedPattern().Match(line) is { Success: true } remained && Total is { } total)
        {
            Done = total - int.Parse(remained.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Current = null;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Estimated time left, at the average pace of the benchmarks done so far over <paramref name="elapsed"/>;
    /// null before the first finishes.
    /// </summary>
    public TimeSpan? Remaining(TimeSpan elapsed) =>
        Done == 0 || Total is not { } total ? null : elapsed / Done * (total - Done);

    [GeneratedRegex(@"^// \*{5} Found (\d+) benchmark\(s\) in total")]
    private static partial Regex FoundPattern();

    // "// Benchmark: Suite.Method: Job(...) [Lines=32]": the name, then the parameters if any.
    [GeneratedRegex(@"^// Benchmark: ([^:]+):[^\[]*(?: (\[.*\]))?$")]
    private static partial Regex BenchmarkPattern();

    [GeneratedRegex(@"^// \*\* Remained (\d+) ")]
    private static partial Regex RemainedPattern();
}
