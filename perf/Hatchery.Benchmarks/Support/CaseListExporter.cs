using System.Text.Json;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;

namespace Hatchery.Benchmarks.Support;

/// <summary>
/// Writes <c>*-report-cases.json</c> beside the full JSON report: for every case its display text (the key the full
/// report uses), job id, categories and whether it is a baseline. The full report has none of these, and
/// hatchery-perf needs them to compute each row's ratio to its own baseline.
/// </summary>
public sealed class CaseListExporter : ExporterBase
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The one instance the configs add.</summary>
    public static readonly CaseListExporter Instance = new();

    /// <inheritdoc />
    protected override string FileExtension => "json";

    /// <inheritdoc />
    protected override string FileNameSuffix => "-cases";

    /// <inheritdoc />
    public override void ExportToLog(Summary summary, ILogger logger)
    {
        var cases = summary.BenchmarksCases.Select(c => new
        {
            c.DisplayInfo,
            Job = c.Job.ResolvedId,
            Categories = c.Descriptor.Categories,
            Baseline = c.Descriptor.Baseline || c.Job.Meta.Baseline,
        });
        logger.WriteLine(JsonSerializer.Serialize(cases, Indented));
    }
}
