using Hatchery.Perf.Running;

namespace Hatchery.Perf.Tests;

public sealed class BenchmarkProgressTests
{
    [Fact]
    public void Follows_a_recorded_BenchmarkDotNet_console_log()
    {
        var progress = new BenchmarkProgress();
        var seen = new List<(int Done, string? Current)>();
        foreach (var line in File.ReadLines(Fixtures.ConsoleLog))
        {
            if (progress.Feed(line)) seen.Add((progress.Done, progress.Current));
        }

        Assert.Equal(3, progress.Total);
        Assert.Equal(3, progress.Done);
        Assert.Null(progress.Current);
        Assert.Equal(
        [
            (0, null),
            (0, "HostCallingJsBenchmark.EngineInvoke"), (1, null),
            (1, "HostCallingJsBenchmark.EngineCall"), (2, null),
            (2, "HostCallingJsBenchmark.RuntimeCall"), (3, null),
        ], seen);
    }

    [Fact]
    public void Parameters_are_part_of_the_current_benchmark()
    {
        var progress = new BenchmarkProgress();
        progress.Feed("// Benchmark: JsLoadingBenchmark.Parse: DefaultJob [Lines=32]");

        Assert.Equal("JsLoadingBenchmark.Parse [Lines=32]", progress.Current);
    }

    [Fact]
    public void Remaining_time_is_the_average_pace_times_what_is_left()
    {
        var progress = new BenchmarkProgress();
        Assert.Null(progress.Remaining(TimeSpan.FromSeconds(5)));

        progress.Feed("// ***** Found 4 benchmark(s) in total *****");
        progress.Feed("// ** Remained 3 (75.0 %) benchmark(s) to run. Estimated finish 2026-12-02 4:14 (0h 0m from now) **");

        Assert.Equal(1, progress.Done);
        Assert.Equal(TimeSpan.FromSeconds(30), progress.Remaining(TimeSpan.FromSeconds(10)));
    }
}
