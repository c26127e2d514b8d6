namespace Hatchery.Perf.Statistics;

/// <summary>
/// The Hodges–Lehmann estimate of how far the second sample is shifted from the first, with its confidence interval.
/// </summary>
/// <param name="Shift">Median of every pairwise difference <c>y[j] - x[i]</c>.</param>
/// <param name="Lower">Lower bound of the 95% interval, or null when the samples are too small to have one.</param>
/// <param name="Upper">Upper bound of the 95% interval, or null when the samples are too small to have one.</param>
public readonly record struct ShiftEstimate(double Shift, double? Lower, double? Upper);

/// <summary>
/// Hodges–Lehmann shift between two samples. The 95% interval (Moses' method) takes the k-th smallest and k-th
/// largest pairwise difference, k from the Mann–Whitney U distribution without ties: exact for pooled samples up to
/// <see cref="RankSumDistribution.ExactLimit"/> values, the normal approximation above.
/// </summary>
public static class HodgesLehmann
{
    /// <summary>Estimates the shift of <paramref name="y"/> relative to <paramref name="x"/>.</summary>
    public static ShiftEstimate Estimate(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count == 0 || y.Count == 0) throw new ArgumentException("Both samples need at least one value.");
        var differences = new double[x.Count * y.Count];
        var i = 0;
        foreach (var b in y)
        {
            foreach (var a in x) differences[i++] = b - a;
        }
        Array.Sort(differences);
        var shift = Descriptive.Median(differences);
        var k = IntervalRank(x.Count, y.Count);
        if (k < 1) return new ShiftEstimate(shift, null, null);
        return new ShiftEstimate(shift, differences[k - 1], differences[differences.Length - k]);
    }

    /// <summary>
    /// The largest k with P(U ≤ k − 1) ≤ 2.5% under the null hypothesis; 0 when even U = 0 is more likely than that.
    /// </summary>
    internal static int IntervalRank(int n, int m)
    {
        if (n + m > RankSumDistribution.ExactLimit)
        {
            var k = n * (double)m / 2 - Normal.Z975 * Math.Sqrt(n * (double)m * (n + m + 1) / 12);
            return Math.Max(0, (int)Math.Floor(k));
        }
        var ranks = Enumerable.Range(1, n + m).Select(r => 2 * r).ToArray();
        var counts = RankSumDistribution.Counts(ranks, n);
        var all = counts.Sum();
        // Doubled rank sum s corresponds to U = s/2 - n(n+1)/2.
        var offset = n * (n + 1);
        double cumulative = 0;
        var rank = 0;
        for (var u = 0; u <= n * m; u++)
        {
            cumulative += counts[2 * u + offset];
            if (cumulative / all > 0.025) break;
            rank = u + 1;
        }
        return rank;
    }
}
