using Hatchery.Perf.Commands;
using Hatchery.Perf.Running;

namespace Hatchery.Perf.Tests;

public sealed class BenchmarkRunTests
{
    [Fact]
    public void The_child_runs_the_benchmark_project_in_release_with_the_filter_artifacts_and_job()
    {
        var run = new BenchmarkRun("/repo", "/out", "*Spawn*", BenchmarkJob.Quick);

        var start = run.StartInfo();

        Assert.Equal("dotnet", start.FileName);
        Assert.Equal("/repo", start.WorkingDirectory);
        Assert.Equal(
            ["run", "-c", "Release", "--project", "perf/Hatchery.Benchmarks", "--", "--filter", "*Spawn*", "--artifacts", "/out/bdn",
             "--buildTimeout", "900", "--launchCount", "1", "--warmupCount", "3", "--iterationCount", "15"],
            start.ArgumentList);
        Assert.True(start.RedirectStandardOutput);
        Assert.Equal("/out/report.yaml", run.ReportPath);
    }

    [Fact]
    public void The_full_job_leaves_iteration_counts_to_BenchmarkDotNet()
    {
        var arguments = new BenchmarkRun("/repo", "/out", "*", BenchmarkJob.Full).StartInfo().ArgumentList;

        Assert.DoesNotContain("--iterationCount", arguments);
        Assert.Contains("--buildTimeout", arguments);
    }

    [Fact]
    public void Status_line_shows_done_total_current_elapsed_and_eta()
    {
        var progress = new BenchmarkProgress();
        Assert.Equal("[0/?] -, elapsed 0:05, ETA ?", RunCommand.Status(progress, TimeSpan.FromSeconds(5)));

        progress.Feed("// ***** Found 3 benchmark(s) in total *****");
        progress.Feed("// ** Remained 2 (66.7 %) benchmark(s) to run. Estimated finish 2026-12-02 4:14 (0h 0m from now) **");
        progress.Feed("// Benchmark: HostCallingJsBenchmark.EngineCall: DefaultJob");

        Assert.Equal("[1/3] HostCallingJsBenchmark.EngineCall, elapsed 1:10, ETA 2:20", RunCommand.Status(progress, TimeSpan.FromSeconds(70)));
    }

    [Fact]
    public void The_repository_root_is_found_from_a_subdirectory()
    {
        var here = AppContext.BaseDirectory; // tests/Hatchery.Perf.Tests/bin/Release/net10.0/ inside the repository
        var root = RunCommand.RepositoryRoot(here);

        Assert.NotNull(root);
        Assert.True(Directory.Exists(Path.Combine(root, "perf", "Hatchery.Benchmarks")));
        Assert.Null(RunCommand.RepositoryRoot(Path.GetTempPath()));
    }
}

public sealed class UnitsTests
{
    [Theory]
    [InlineData(0.31, "0.310")]
    [InlineData(0.0079365, "0.008")]
    [InlineData(0.000129, "1.3e-4")] // 2/C(20,5): 5 against 15 fully separated
    public void P_values_keep_their_digits(double p, string expected) => Assert.Equal(expected, Comparison.Units.P(p));

    [Theory]
    [InlineData(939.7, "940 ns")]
    [InlineData(7080, "7.08 µs")]
    [InlineData(11_800_000, "11.8 ms")]
    public void Times_take_three_significant_digits(double ns, string expected) => Assert.Equal(expected, Comparison.Units.Time(ns));
}
