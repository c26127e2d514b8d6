using System.Globalization;
using Hatchery.Perf.Reports;

namespace Hatchery.Perf.Comparison;

/// <summary>
/// A Markdown table of what each benchmark costs over its suite's baseline (time and bytes), largest first: e.g.
/// the first-touch cost of each built-in over a fresh runtime that touches nothing.
/// </summary>
internal static class CostTable
{
    /// <summary>Writes the table of <paramref name="report"/>.</summary>
    public static void Write(PerfReport report, TextWriter output)
    {
        var table = new TextTable(["benchmark", "median", "bytes/op", "over baseline", "bytes over baseline", "ratio"], [false, true, true, true, true, true]);
        var rows = new List<(double Extra, string[] Cells)>();
        foreach (var suite in report.Benchmarks.GroupBy(b => b.Suite))
        {
            var baseline = suite.FirstOrDefault(b => b.Baseline);
            foreach (var b in suite)
            {
                var extra = baseline is null ? 0 : b.MedianNs - baseline.MedianNs;
                var bytes = baseline?.BytesPerOp is { } bb && b.BytesPerOp is { } ab ? Units.Bytes(ab - bb) : "";
                rows.Add((b.Baseline ? double.MinValue : extra,
                [
                    b.Id + (b.Baseline ? " (baseline)" : ""), Units.Time(b.MedianNs), b.BytesPerOp is { } x ? Units.Bytes(x) : "",
                    b.Baseline || baseline is null ? "" : (extra >= 0 ? "+" : "") + Units.Time(extra), b.Baseline ? "" : bytes,
                    b.Ratio?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
                ]));
            }
        }
        foreach (var (_, cells) in rows.OrderByDescending(r => r.Extra)) table.Add(cells);
        table.WriteMarkdown(output);
        output.WriteLine();
        output.WriteLine("median and bytes/op from BenchmarkDotNet; \"over baseline\" is the median minus the suite's baseline median.");
    }
}
