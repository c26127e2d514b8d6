using Hatchery.Perf.Reports;

namespace Hatchery.Perf.Tests;

public sealed class ReportYamlTests
{
    [Fact]
    public void A_report_survives_a_round_trip_exactly()
    {
        var report = BenchmarkDotNetImport.ImportFiles([Fixtures.FullJson]);
        report.Environment.GitCommit = "0123456789abcdef0123456789abcdef01234567";
        report.Environment.GitDirty = false;
        report.Environment.Jint = "4.18.0";
        report.Environment.Date = "2026-12-02T04:00:00+00:00";
        report.Benchmarks[2].Categories = ["Prepared", "Source"];

        var yaml = ReportYaml.Write(report);
        var back = ReportYaml.Read(yaml);

        Assert.Equal(yaml, ReportYaml.Write(back));
        Assert.Equal(report.Benchmarks.Select(b => b.NsPerOp), back.Benchmarks.Select(b => b.NsPerOp)); // doubles bit for bit
        Assert.Equal("4.18.0", back.Environment.Jint);
        Assert.False(back.Environment.GitDirty);
        Assert.Equal(["Prepared", "Source"], back.Benchmarks[2].Categories);
        Assert.Equal(60928, back.Benchmarks[1].Gc!.Operations);
    }

    [Fact]
    public void Keys_are_snake_case_and_samples_sit_on_one_line()
    {
        var yaml = ReportYaml.Write(BenchmarkDotNetImport.ImportFiles([Fixtures.FullJson]));

        Assert.Contains("\n  benchmarkdotnet: 0.15.8\n", yaml);
        Assert.Contains("  ns_per_op: [4752.254351265823, 1874.09375, ", yaml);
        Assert.Contains("  median_ns: ", yaml);
        Assert.Contains("  bytes_per_op: 112\n", yaml);
        Assert.DoesNotContain("git_commit", yaml); // unknown values are left out, not written as null
    }

    [Fact]
    public void An_unknown_schema_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => ReportYaml.Read("schema: 2\nbenchmarks: []\n"));
        Assert.Contains("schema 2", error.Message);
    }

    [Fact]
    public void Malformed_yaml_is_reported_as_invalid_data()
    {
        Assert.Throws<InvalidDataException>(() => ReportYaml.Read("schema: 1\nbenchmarks: {{\n"));
    }
}
