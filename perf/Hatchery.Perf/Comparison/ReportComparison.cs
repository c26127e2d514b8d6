namespace Hatchery.Perf.Comparison;

/// <summary>Two reports side by side: one row per benchmark id found in either.</summary>
public sealed class ReportComparison
{
    /// <summary>Below this p-value a difference counts as real; at or above it the delta shows as <c>~</c>.</summary>
    public const double Alpha = 0.05;

    /// <summary>The base report's path or label.</summary>
    public string Base { get; set; } = "";

    /// <summary>The candidate report's path or label.</summary>
    public string Candidate { get; set; } = "";

    /// <summary>Every benchmark, those on one side only included (with the other side null).</summary>
    public List<BenchmarkComparison> Rows { get; set; } = [];

    /// <summary>Geometric mean of candidate/base median time over benchmarks on both sides, as a delta %.</summary>
    public double? GeomeanTimeDeltaPercent { get; set; }

    /// <summary>Benchmarks that failed in the base run (no measurement).</summary>
    public List<string> BaseFailed { get; set; } = [];

    /// <summary>Benchmarks that failed in the candidate run (no measurement).</summary>
    public List<string> CandidateFailed { get; set; } = [];

    /// <summary>Geometric mean of candidate/base bytes per operation over benchmarks on both sides with nonzero bytes.</summary>
    public double? GeomeanBytesDeltaPercent { get; set; }
}

/// <summary>Where a benchmark was found.</summary>
public enum Presence
{
    /// <summary>In both reports: compared.</summary>
    Both,

    /// <summary>Only in the base report (removed, renamed or filtered out of the candidate).</summary>
    BaseOnly,

    /// <summary>Only in the candidate report (new).</summary>
    CandidateOnly,
}

/// <summary>One benchmark's time and allocation in both reports.</summary>
public sealed class BenchmarkComparison
{
    /// <summary>The benchmark id both reports are matched on.</summary>
    public string Id { get; set; } = "";

    /// <summary>Which reports have it.</summary>
    public Presence Presence { get; set; }

    /// <summary>Base side's time, null when absent.</summary>
    public SideSummary? BaseTime { get; set; }

    /// <summary>Candidate side's time, null when absent.</summary>
    public SideSummary? CandidateTime { get; set; }

    /// <summary>Candidate median against base median, in percent; null unless on both sides.</summary>
    public double? TimeDeltaPercent { get; set; }

    /// <summary>Two-sided Mann–Whitney p-value of the time samples; null unless on both sides.</summary>
    public double? PValue { get; set; }

    /// <summary>True when <see cref="PValue"/> is below <see cref="ReportComparison.Alpha"/>.</summary>
    public bool Significant { get; set; }

    /// <summary>Hodges–Lehmann shift of the candidate's ns/op from the base's.</summary>
    public double? ShiftNs { get; set; }

    /// <summary>Lower bound of the shift's 95% interval; null when the samples are too small for one.</summary>
    public double? ShiftLowerNs { get; set; }

    /// <summary>Upper bound of the shift's 95% interval; null when the samples are too small for one.</summary>
    public double? ShiftUpperNs { get; set; }

    /// <summary>
    /// Set when the samples cannot show a difference at <see cref="ReportComparison.Alpha"/> however large it is,
    /// e.g. "3+3 samples: the smallest possible p is 0.10".
    /// </summary>
    public string? TooFewSamples { get; set; }

    /// <summary>Base bytes per operation.</summary>
    public long? BaseBytes { get; set; }

    /// <summary>Candidate bytes per operation.</summary>
    public long? CandidateBytes { get; set; }

    /// <summary>Candidate bytes against base bytes in percent; null when either is missing or the base is zero.</summary>
    public double? BytesDeltaPercent { get; set; }
}

/// <summary>One side's time summary.</summary>
public sealed class SideSummary
{
    /// <summary>Median ns/op.</summary>
    public double MedianNs { get; set; }

    /// <summary>Median absolute deviation as a percentage of the median.</summary>
    public double SpreadPercent { get; set; }

    /// <summary>How many iterations were measured.</summary>
    public int Samples { get; set; }
}
