using System.CommandLine;
using Hatchery.Perf.Comparison;
using Hatchery.Perf.Reports;

namespace Hatchery.Perf.Commands;

/// <summary><c>hatchery-perf compare BASE CANDIDATE</c>: two reports side by side, with a test of every difference.</summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var baseReport = new Argument<string>("base") { Description = "The report to compare against (report.yaml, or a directory holding one)" };
        var candidate = new Argument<string>("candidate") { Description = "The report of the change (report.yaml, or a directory holding one)" };
        var format = new Option<ComparisonFormat>("--format")
        {
            Description = "text (aligned tables), markdown (for a pull request) or yaml (for scripts)",
            DefaultValueFactory = _ => ComparisonFormat.Text,
        };
        var command = new Command("compare",
            "Compare two reports, benchstat style: median ± spread (MAD %) per side, delta %, two-sided Mann-Whitney p\n"
            + "(~ when p >= 0.05), Hodges-Lehmann shift with its 95% interval, and a geomean row, for time and bytes/op.\n"
            + "Benchmarks on one side only are listed. Use 10 or more iterations a side: with 3 the smallest p is 0.1.")
        {
            baseReport, candidate, format,
        };
        command.SetAction(result =>
        {
            var basePath = ReportPath(result.GetValue(baseReport)!);
            var candidatePath = ReportPath(result.GetValue(candidate)!);
            var comparison = ReportComparer.Compare(ReportYaml.ReadFile(basePath), ReportYaml.ReadFile(candidatePath), basePath, candidatePath);
            ComparisonWriter.Write(comparison, result.GetValue(format), output);
            return 0;
        });
        return command;
    }

    /// <summary>A report file, or the report.yaml in a directory (what <c>run --out</c> makes).</summary>
    internal static string ReportPath(string path) =>
        Directory.Exists(path) ? Path.Combine(path, ReportYaml.FileName) : path;
}
