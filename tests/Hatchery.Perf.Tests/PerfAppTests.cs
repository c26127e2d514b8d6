using Hatchery.Perf.Reports;
using static Hatchery.Perf.Tests.ReportComparerTests;

namespace Hatchery.Perf.Tests;

public sealed class PerfAppTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hatchery-perf-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = PerfApp.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var (exitCode, output, _) = Run("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("hatchery-perf [command] [options]", output);
        foreach (var command in new[] { "run", "import", "compare", "ab", "profile", "drive", "flamegraph", "serve" }) Assert.Contains("  " + command, output);
    }

    [Theory]
    [InlineData("run", "--filter")]
    [InlineData("run", "--job")]
    [InlineData("run", "--out")]
    [InlineData("import", "--out")]
    [InlineData("compare", "--format")]
    public void Every_command_documents_its_options(string command, string option)
    {
        var (exitCode, output, _) = Run(command, "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains($"hatchery-perf {command}", output);
        Assert.Contains(option, output);
    }

    [Fact]
    public void Import_then_compare_from_the_command_line()
    {
        var imported = Path.Combine(_directory, "base.yaml");
        var candidate = Path.Combine(_directory, "candidate");
        Directory.CreateDirectory(candidate);
        ReportYaml.WriteFile(Path.Combine(candidate, ReportYaml.FileName),
            Report(Benchmark("HostCallingJsBenchmark.EngineCall", 112, 800, 810, 820, 830, 840)));

        var import = Run("import", Fixtures.Directory, "--out", imported);
        var compare = Run("compare", imported, candidate, "--format", "markdown");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("3 benchmarks from 1 file(s)", import.Out);
        Assert.Equal(0, compare.ExitCode);
        Assert.Contains("| HostCallingJsBenchmark.EngineCall |", compare.Out);
        Assert.Contains("| HostCallingJsBenchmark.RuntimeCall |", compare.Out);
        Assert.Contains("base only", compare.Out);
    }

    [Fact]
    public void A_missing_report_is_one_line_and_exit_code_one()
    {
        var (exitCode, _, error) = Run("compare", Path.Combine(_directory, "none.yaml"), Path.Combine(_directory, "none.yaml"));

        Assert.Equal(1, exitCode);
        Assert.StartsWith("hatchery-perf: ", error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }
}
