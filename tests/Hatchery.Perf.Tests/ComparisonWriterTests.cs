using Hatchery.Perf.Comparison;
using static Hatchery.Perf.Tests.ReportComparerTests;

namespace Hatchery.Perf.Tests;

public sealed class ComparisonWriterTests
{
    private static ReportComparison Sample() => ReportComparer.Compare(
        Report(Benchmark("S.Faster", 2048, 100, 101, 102, 103, 104), Benchmark("S.Same", 64, 10, 11, 12), Benchmark("S.Gone", 8, 1, 1, 1)),
        Report(Benchmark("S.Faster", 1024, 50, 51, 52, 53, 54), Benchmark("S.Same", 64, 11, 12, 10), Benchmark("S.New", 8, 1, 1, 1)),
        "base.yaml", "candidate.yaml");

    private static string Write(ComparisonFormat format)
    {
        var output = new StringWriter { NewLine = "\n" };
        ComparisonWriter.Write(Sample(), format, output);
        return output.ToString();
    }

    [Fact]
    public void Text_tables_show_deltas_tildes_and_one_sided_rows()
    {
        var lines = Write(ComparisonFormat.Text).Split('\n');

        var faster = lines.First(l => l.StartsWith("S.Faster ", StringComparison.Ordinal));
        Assert.Contains("102 ns ± 1%", faster);
        Assert.Contains("52.0 ns ± 2%", faster);
        Assert.Contains("-49.0%", faster);
        Assert.Contains("p=0.008 n=5+5", faster);
        Assert.Contains("-50.0 ns [-53.0 ns, -47.0 ns]", faster);
        var same = lines.First(l => l.StartsWith("S.Same ", StringComparison.Ordinal));
        Assert.Contains(" ~ ", same);
        Assert.Contains("too few samples: 3+3 samples: the smallest possible p is 0.10", same);
        Assert.Contains("[no 95% CI: too few samples]", same);
        Assert.Contains(lines, l => l.StartsWith("S.Gone ", StringComparison.Ordinal) && l.EndsWith("base only", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("S.New ", StringComparison.Ordinal) && l.EndsWith("candidate only", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("S.Faster ", StringComparison.Ordinal) && l.Contains("2.00 KiB") && l.Contains("-50.0%"));
        Assert.Equal(2, lines.Count(l => l.StartsWith("geomean", StringComparison.Ordinal)));
    }

    [Fact]
    public void Markdown_is_a_pipe_table_per_metric()
    {
        var text = Write(ComparisonFormat.Markdown);

        Assert.Contains("| time/op | base | candidate | delta | p | shift (95% CI) | note |\n|:---|---:|---:|---:|---:|:---|:---|\n", text);
        Assert.Contains("| bytes/op | base | candidate | delta | note |", text);
        Assert.Contains("| S.Gone | 1.00 ns ± 0% | - |", text);
    }

    [Fact]
    public void Yaml_is_the_comparison_model()
    {
        var text = Write(ComparisonFormat.Yaml);

        Assert.Contains("base: base.yaml\n", text);
        Assert.Contains("- id: S.Faster\n  presence: Both\n", text);
        Assert.Contains("  presence: CandidateOnly\n", text);
        Assert.Contains("  significant: true\n", text);
    }
}
