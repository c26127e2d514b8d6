using System.CommandLine;
using Hatchery.Perf.Reports;

namespace Hatchery.Perf.Commands;

/// <summary><c>hatchery-perf import JSON... --out FILE</c>: BenchmarkDotNet's full JSON export as a report.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("json")
        {
            Description = "BenchmarkDotNet *-report-full.json files, or directories searched for them (e.g. BenchmarkDotNet.Artifacts/results)",
            Arity = ArgumentArity.OneOrMore,
        };
        var outFile = new Option<string>("--out", "-o") { Description = "Where to write the report", DefaultValueFactory = _ => ReportYaml.FileName };
        var command = new Command("import",
            "Turn BenchmarkDotNet's full JSON export into report.yaml. A *-report-cases.json beside each file (written by\n"
            + "Hatchery.Benchmarks) supplies baselines and categories for the ratios. Git commit, dirty flag, date and\n"
            + "Jint version come from the current directory's repository and perf/Hatchery.Benchmarks' build output.")
        {
            files, outFile,
        };
        command.SetAction(result =>
        {
            var paths = FindReports(result.GetValue(files)!);
            if (paths.Count == 0)
            {
                error.WriteLine($"hatchery-perf: no *{BenchmarkDotNetImport.FullReportSuffix} found");
                return 1;
            }
            var report = BenchmarkDotNetImport.ImportFiles(paths);
            SourceInfo.Fill(report.Environment, Environment.CurrentDirectory);
            var target = result.GetValue(outFile)!;
            ReportYaml.WriteFile(target, report);
            output.WriteLine($"{report.Benchmarks.Count} benchmarks from {paths.Count} file(s) written to {target}");
            return 0;
        });
        return command;
    }

    /// <summary>The full JSON exports named or found (recursively) in the named directories, sorted.</summary>
    internal static List<string> FindReports(IEnumerable<string> paths) => paths
        .SelectMany(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p, "*" + BenchmarkDotNetImport.FullReportSuffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : (IEnumerable<string>)[p])
        .ToList();
}
