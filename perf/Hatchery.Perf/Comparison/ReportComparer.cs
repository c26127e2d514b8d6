using Hatchery.Perf.Reports;
using Hatchery.Perf.Statistics;

namespace Hatchery.Perf.Comparison;

/// <summary>Builds a <see cref="ReportComparison"/> from two reports.</summary>
public static class ReportComparer
{
    /// <summary>Compares <paramref name="candidate"/> against <paramref name="baseReport"/>, benchmark by benchmark.</summary>
    public static ReportComparison Compare(PerfReport baseReport, PerfReport candidate, string baseLabel, string candidateLabel)
    {
        var baseById = Index(baseReport);
        var candidateById = Index(candidate);
        // Base order first, then what only the candidate has, so the table follows the suites' own order.
        var ids = baseById.Keys.Concat(candidateById.Keys.Where(id => !baseById.ContainsKey(id))).ToList();
        var comparison = new ReportComparison
        {
            Base = baseLabel,
            Candidate = candidateLabel,
            BaseFailed = [.. baseReport.Failed],
            CandidateFailed = [.. candidate.Failed],
        };
        foreach (var id in ids)
        {
            baseById.TryGetValue(id, out var before);
            candidateById.TryGetValue(id, out var after);
            comparison.Rows.Add(CompareOne(id, before, after));
        }
        comparison.GeomeanTimeDeltaPercent = GeomeanDelta(comparison.Rows.Where(r => r.Presence == Presence.Both)
            .Select(r => (r.BaseTime!.MedianNs, r.CandidateTime!.MedianNs)));
        comparison.GeomeanBytesDeltaPercent = GeomeanDelta(comparison.Rows
            .Where(r => r.BaseBytes > 0 && r.CandidateBytes > 0)
            .Select(r => ((double)r.BaseBytes!.Value, (double)r.CandidateBytes!.Value)));
        return comparison;
    }

    /// <summary>
    /// Two benchmarks of one report against each other (e.g. <c>Open</c> against <c>FactoryNewRuntime</c>): one row
    /// named <c>base → candidate</c>, with the same statistics as <see cref="Compare"/>.
    /// </summary>
    public static ReportComparison ComparePair(PerfReport report, string baseId, string candidateId, string label)
    {
        var index = Index(report);
        var before = index.GetValueOrDefault(baseId) ?? throw new InvalidDataException($"{label} has no benchmark {baseId}");
        var after = index.GetValueOrDefault(candidateId) ?? throw new InvalidDataException($"{label} has no benchmark {candidateId}");
        var comparison = new ReportComparison { Base = $"{baseId} ({label})", Candidate = $"{candidateId} ({label})" };
        var row = CompareOne($"{baseId} → {candidateId}", before, after);
        comparison.Rows.Add(row);
        comparison.GeomeanTimeDeltaPercent = row.TimeDeltaPercent;
        comparison.GeomeanBytesDeltaPercent = row.BytesDeltaPercent;
        return comparison;
    }

    private static Dictionary<string, BenchmarkResult> Index(PerfReport report)
    {
        var index = new Dictionary<string, BenchmarkResult>(StringComparer.Ordinal);
        // A duplicate id (same benchmark under two jobs) keeps the first: a report should not have one.
        foreach (var benchmark in report.Benchmarks) index.TryAdd(benchmark.Id, benchmark);
        return index;
    }

    private static BenchmarkComparison CompareOne(string id, BenchmarkResult? before, BenchmarkResult? after)
    {
        var row = new BenchmarkComparison
        {
            Id = id,
            Presence = before is null ? Presence.CandidateOnly : after is null ? Presence.BaseOnly : Presence.Both,
            BaseTime = Summarize(before),
            CandidateTime = Summarize(after),
            BaseBytes = before?.BytesPerOp,
            CandidateBytes = after?.BytesPerOp,
        };
        if (before is null || after is null) return row;
        row.TimeDeltaPercent = Delta(before.MedianNs, after.MedianNs);
        if (before.BytesPerOp is { } b && after.BytesPerOp is { } a && b != 0) row.BytesDeltaPercent = Delta(b, a);
        if (before.NsPerOp.Count == 0 || after.NsPerOp.Count == 0)
        {
            row.TooFewSamples = "no per-iteration samples: no test possible";
            return row;
        }
        var test = MannWhitney.TwoSided(before.NsPerOp, after.NsPerOp);
        row.PValue = test.PValue;
        row.Significant = test.PValue < ReportComparison.Alpha;
        if (test.SmallestPossiblePValue >= ReportComparison.Alpha)
        {
            row.TooFewSamples = $"{before.NsPerOp.Count}+{after.NsPerOp.Count} samples: the smallest possible p is "
                                + test.SmallestPossiblePValue.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        }
        var shift = HodgesLehmann.Estimate(before.NsPerOp, after.NsPerOp);
        row.ShiftNs = shift.Shift;
        row.ShiftLowerNs = shift.Lower;
        row.ShiftUpperNs = shift.Upper;
        return row;
    }

    private static SideSummary? Summarize(BenchmarkResult? result) => result is null
        ? null
        : new SideSummary { MedianNs = result.MedianNs, SpreadPercent = result.SpreadPercent, Samples = result.NsPerOp.Count };

    private static double Delta(double before, double after) => (after / before - 1) * 100;

    private static double? GeomeanDelta(IEnumerable<(double Before, double After)> pairs)
    {
        var logs = pairs.Where(p => p.Before > 0 && p.After > 0).Select(p => Math.Log(p.After / p.Before)).ToList();
        return logs.Count == 0 ? null : (Math.Exp(logs.Average()) - 1) * 100;
    }
}
