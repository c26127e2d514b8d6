using System.Text.Json;
using Hatchery.Perf.Reports;

namespace Hatchery.Perf.Tests;

public sealed class BenchmarkDotNetImportTests
{
    private static PerfReport ImportFixture() => BenchmarkDotNetImport.ImportFiles([Fixtures.FullJson]);

    [Fact]
    public void Reads_the_environment_from_the_host_information()
    {
        var environment = ImportFixture().Environment;

        Assert.Equal("AMD EPYC", environment.Machine);
        Assert.Equal(2, environment.Cores);
        Assert.Equal("Linux Debian GNU/Linux 12 (bookworm)", environment.Os);
        Assert.Equal(".NET 10.0.12 (10.0.12, 10.0.1226.42308) X64", environment.Dotnet);
        Assert.Equal("0.15.8", environment.BenchmarkDotNet);
    }

    [Fact]
    public void Samples_are_the_result_stage_per_operation_and_agree_with_BenchmarkDotNets_own_statistics()
    {
        var report = ImportFixture();
        using var json = JsonDocument.Parse(File.ReadAllText(Fixtures.FullJson));

        Assert.Equal(["HostCallingJsBenchmark.EngineInvoke", "HostCallingJsBenchmark.EngineCall", "HostCallingJsBenchmark.RuntimeCall"],
            report.Benchmarks.Select(b => b.Id));
        foreach (var (benchmark, exported) in report.Benchmarks.Zip(json.RootElement.GetProperty("Benchmarks").EnumerateArray()))
        {
            var statistics = exported.GetProperty("Statistics");
            Assert.Equal(statistics.GetProperty("OriginalValues").EnumerateArray().Select(v => v.GetDouble()).ToArray(),
                benchmark.NsPerOp.ToArray(), (a, b) => Math.Abs(a - b) < 1e-6);
            Assert.Equal(statistics.GetProperty("Median").GetDouble(), benchmark.MedianNs, 6);
            Assert.Equal("HostCallingJsBenchmark", benchmark.Suite);
        }
        // EngineInvoke's first result iteration: 30,034,247 ns over 6,320 operations.
        Assert.Equal(4752.254351265823, report.Benchmarks[0].NsPerOp[0], 9);
    }

    [Fact]
    public void Memory_figures_and_gc_counts()
    {
        var engineCall = ImportFixture().Benchmarks[1];

        Assert.Equal(112, engineCall.BytesPerOp);
        Assert.NotNull(engineCall.Gc);
        Assert.Equal(3, engineCall.Gc.Gen0);
        Assert.Equal(0, engineCall.Gc.Gen2);
        Assert.Equal(60928, engineCall.Gc.Operations);
    }

    [Fact]
    public void The_case_list_gives_the_baseline_and_the_ratios()
    {
        var benchmarks = ImportFixture().Benchmarks;

        Assert.Equal([true, false, false], benchmarks.Select(b => b.Baseline));
        Assert.Equal(1, benchmarks[0].Ratio);
        // 1040.687 / 3073.201, rounded to four places.
        Assert.Equal(0.3386, benchmarks[1].Ratio);
    }

    [Fact]
    public void Without_a_case_list_there_is_no_baseline_and_no_ratio()
    {
        var report = BenchmarkDotNetImport.Import(File.ReadAllText(Fixtures.FullJson));

        Assert.All(report.Benchmarks, b => Assert.False(b.Baseline));
        Assert.All(report.Benchmarks, b => Assert.Null(b.Ratio));
    }

    [Fact]
    public void A_suite_run_under_two_jobs_gets_the_job_in_its_ids_and_a_baseline_per_job()
    {
        var report = BenchmarkDotNetImport.Import(TwoJobs.Full, TwoJobs.Cases);

        Assert.Equal(["S.A[Workstation]", "S.B[Workstation]", "S.A[ServerGC]", "S.B[ServerGC]"], report.Benchmarks.Select(b => b.Id));
        Assert.Equal([1, 2, 1, 4], report.Benchmarks.Select(b => b.Ratio!.Value));
    }

    /// <summary>A minimal export in BenchmarkDotNet's shape: one suite, two methods, two jobs.</summary>
    private static class TwoJobs
    {
        private static string Case(string method, string job, double ns) => $$"""
            {"DisplayInfo":"S.{{method}}: {{job}}(Server=x)","Type":"S","Method":"{{method}}","MethodTitle":"{{method}}","Parameters":"",
             "Measurements":[{"IterationMode":"Workload","IterationStage":"Result","Operations":1,"Nanoseconds":{{ns}}}]}
            """;

        public static readonly string Full = "{\"Benchmarks\":[" + string.Join(",",
            Case("A", "Workstation", 10), Case("B", "Workstation", 20), Case("A", "ServerGC", 5), Case("B", "ServerGC", 20)) + "]}";

        public static readonly string Cases = """
            [{"DisplayInfo":"S.A: Workstation(Server=x)","Job":"Workstation","Categories":[],"Baseline":true},
             {"DisplayInfo":"S.B: Workstation(Server=x)","Job":"Workstation","Categories":[],"Baseline":false},
             {"DisplayInfo":"S.A: ServerGC(Server=x)","Job":"ServerGC","Categories":[],"Baseline":true},
             {"DisplayInfo":"S.B: ServerGC(Server=x)","Job":"ServerGC","Categories":[],"Baseline":false}]
            """;
    }
}

public sealed class FailedBenchmarkImportTests
{
    [Fact]
    public void Benchmarks_without_measurements_are_listed_as_failed_not_reported()
    {
        // Recorded when BenchmarkDotNet's boilerplate build timed out under load: the case was exported with null
        // statistics and memory.
        var report = BenchmarkDotNetImport.ImportFiles([Path.Combine(Fixtures.Directory, "failed-build.json")]);

        Assert.Empty(report.Benchmarks);
        Assert.Single(report.Failed);
        Assert.StartsWith("HostCallingJsBenchmark.EngineInvoke: ", report.Failed[0]);
    }
}
