using System.Globalization;
using Hatchery.Perf.Reports;

namespace Hatchery.Perf.Comparison;

/// <summary>The output formats of <c>hatchery-perf compare</c>.</summary>
public enum ComparisonFormat
{
    /// <summary>Aligned plain-text tables, benchstat style.</summary>
    Text,

    /// <summary>GitHub Markdown tables, for pull requests.</summary>
    Markdown,

    /// <summary>The comparison model as YAML, for scripts.</summary>
    Yaml,
}

/// <summary>Writes a <see cref="ReportComparison"/> as time and allocation tables.</summary>
public static class ComparisonWriter
{
    /// <summary>Writes <paramref name="comparison"/> to <paramref name="output"/> in <paramref name="format"/>.</summary>
    public static void Write(ReportComparison comparison, ComparisonFormat format, TextWriter output)
    {
        if (format == ComparisonFormat.Yaml)
        {
            output.Write(ReportYaml.WriteObject(comparison));
            return;
        }
        var markdown = format == ComparisonFormat.Markdown;
        output.WriteLine(markdown ? $"Base `{comparison.Base}`, candidate `{comparison.Candidate}`." : $"base: {comparison.Base}\ncandidate: {comparison.Candidate}");
        output.WriteLine();
        Render(TimeTable(comparison), markdown, output);
        output.WriteLine();
        Render(BytesTable(comparison), markdown, output);
        output.WriteLine();
        output.WriteLine($"delta: candidate median against base median; ~ when the two-sided Mann-Whitney p >= {ReportComparison.Alpha.ToString(CultureInfo.InvariantCulture)}.");
        output.WriteLine("shift: Hodges-Lehmann estimate of candidate minus base, with its 95% confidence interval.");
        output.WriteLine("bytes/op is one figure per run (no per-iteration samples), so its delta carries no test.");
        foreach (var failed in comparison.BaseFailed) output.WriteLine($"failed in base: {failed}");
        foreach (var failed in comparison.CandidateFailed) output.WriteLine($"failed in candidate: {failed}");
    }

    private static void Render(TextTable table, bool markdown, TextWriter output)
    {
        if (markdown) table.WriteMarkdown(output);
        else table.WriteText(output);
    }

    private static TextTable TimeTable(ReportComparison comparison)
    {
        var table = new TextTable(["time/op", "base", "candidate", "delta", "p", "shift (95% CI)", "note"],
            [false, true, true, true, true, false, false]);
        foreach (var row in comparison.Rows)
        {
            table.Add(row.Id, Side(row.BaseTime), Side(row.CandidateTime), TimeDelta(row),
                row.PValue is { } p ? $"p={Units.P(p)} n={row.BaseTime!.Samples}+{row.CandidateTime!.Samples}" : "",
                Shift(row), Note(row));
        }
        table.Add("geomean", "", "", comparison.GeomeanTimeDeltaPercent is { } g ? Units.Percent(g) : "", "", "", "");
        return table;
    }

    private static TextTable BytesTable(ReportComparison comparison)
    {
        var table = new TextTable(["bytes/op", "base", "candidate", "delta", "note"], [false, true, true, true, false]);
        foreach (var row in comparison.Rows)
        {
            table.Add(row.Id,
                row.BaseBytes is { } b ? Units.Bytes(b) : "",
                row.CandidateBytes is { } c ? Units.Bytes(c) : "",
                row.BytesDeltaPercent is { } d ? Units.Percent(d) : row.BaseBytes == 0 && row.CandidateBytes == 0 ? "0" : "",
                Presence(row));
        }
        table.Add("geomean", "", "", comparison.GeomeanBytesDeltaPercent is { } g ? Units.Percent(g) : "", "");
        return table;
    }

    private static string Side(SideSummary? side) => side is null
        ? "-"
        : $"{Units.Time(side.MedianNs)} ± {side.SpreadPercent.ToString("0", CultureInfo.InvariantCulture)}%";

    private static string TimeDelta(BenchmarkComparison row) => row.TimeDeltaPercent is not { } delta
        ? ""
        : row.Significant ? Units.Percent(delta) : "~";

    private static string Shift(BenchmarkComparison row)
    {
        if (row.ShiftNs is not { } shift) return "";
        var sign = shift >= 0 ? "+" : "";
        var interval = row.ShiftLowerNs is { } lo && row.ShiftUpperNs is { } hi
            ? $" [{Units.Time(lo)}, {Units.Time(hi)}]"
            : " [no 95% CI: too few samples]";
        return sign + Units.Time(shift) + interval;
    }

    private static string Note(BenchmarkComparison row) =>
        string.Join("; ", new[] { Presence(row), row.TooFewSamples is { } few ? "too few samples: " + few : "" }.Where(s => s.Length > 0));

    private static string Presence(BenchmarkComparison row) => row.Presence switch
    {
        Comparison.Presence.BaseOnly => "base only",
        Comparison.Presence.CandidateOnly => "candidate only",
        _ => "",
    };
}
