using Hatchery.Perf.Comparison;
using Hatchery.Perf.Reports;
using Hatchery.Perf.Statistics;

namespace Hatchery.Perf.Tests;

public sealed class ReportComparerTests
{
    internal static BenchmarkResult Benchmark(string id, long? bytes, params double[] samples) => new()
    {
        Id = id,
        Suite = id.Split('.')[0],
        NsPerOp = [.. samples],
        MedianNs = Descriptive.Median(samples),
        SpreadPercent = Descriptive.SpreadPercent(samples),
        BytesPerOp = bytes,
    };

    internal static PerfReport Report(params BenchmarkResult[] benchmarks) => new() { Benchmarks = [.. benchmarks] };

    [Fact]
    public void Benchmarks_on_one_side_only_are_listed_not_dropped()
    {
        var before = Report(Benchmark("S.Kept", 100, 1, 2, 3), Benchmark("S.Removed", 100, 1, 2, 3));
        var after = Report(Benchmark("S.Kept", 100, 1, 2, 3), Benchmark("S.Added", 100, 1, 2, 3));

        var comparison = ReportComparer.Compare(before, after, "a", "b");

        Assert.Equal(["S.Kept", "S.Removed", "S.Added"], comparison.Rows.Select(r => r.Id));
        Assert.Equal([Presence.Both, Presence.BaseOnly, Presence.CandidateOnly], comparison.Rows.Select(r => r.Presence));
        var removed = comparison.Rows[1];
        Assert.NotNull(removed.BaseTime);
        Assert.Null(removed.CandidateTime);
        Assert.Null(removed.PValue);
        Assert.Null(removed.TimeDeltaPercent);
    }

    [Fact]
    public void A_clear_difference_is_significant_with_its_shift_and_interval()
    {
        var before = Report(Benchmark("S.A", 200, 100, 101, 102, 103, 104));
        var after = Report(Benchmark("S.A", 100, 110, 111, 112, 113, 114));

        var row = ReportComparer.Compare(before, after, "a", "b").Rows.Single();

        Assert.Equal(2 / 252.0, row.PValue!.Value, 12);
        Assert.True(row.Significant);
        Assert.Null(row.TooFewSamples);
        Assert.Equal(112 / 102.0 * 100 - 100, row.TimeDeltaPercent!.Value, 9);
        Assert.Equal(10, row.ShiftNs); // differences 10 + (j − i), as in StatisticsTests
        Assert.Equal(7, row.ShiftLowerNs);
        Assert.Equal(13, row.ShiftUpperNs);
        Assert.Equal(-50, row.BytesDeltaPercent);
    }

    [Fact]
    public void Three_samples_a_side_are_called_too_few()
    {
        var before = Report(Benchmark("S.A", 0, 1, 2, 3));
        var after = Report(Benchmark("S.A", 0, 40, 50, 60));

        var row = ReportComparer.Compare(before, after, "a", "b").Rows.Single();

        Assert.Equal(0.1, row.PValue!.Value, 12);
        Assert.False(row.Significant);
        Assert.Equal("3+3 samples: the smallest possible p is 0.10", row.TooFewSamples);
        Assert.Null(row.ShiftLowerNs);
        Assert.Null(row.BytesDeltaPercent); // base 0 bytes: no percentage
    }

    [Fact]
    public void Geomean_covers_benchmarks_on_both_sides_only()
    {
        // Ratios 2 and 0.5 have geometric mean 1: delta 0%. The added benchmark (ratio unknown) does not count.
        var before = Report(Benchmark("S.A", 100, 10, 10, 10), Benchmark("S.B", 400, 40, 40, 40));
        var after = Report(Benchmark("S.A", 400, 20, 20, 20), Benchmark("S.B", 100, 20, 20, 20), Benchmark("S.C", 1, 1, 1, 1));

        var comparison = ReportComparer.Compare(before, after, "a", "b");

        Assert.Equal(0, comparison.GeomeanTimeDeltaPercent!.Value, 9);
        Assert.Equal(0, comparison.GeomeanBytesDeltaPercent!.Value, 9);
    }
}
