namespace Hatchery.Perf.Statistics;

/// <summary>The outcome of a two-sided Mann–Whitney U test.</summary>
/// <param name="U">The U statistic of the first sample (how many pairs it wins, ties counting a half).</param>
/// <param name="PValue">Probability under "no difference" of a rank sum at least as far from its mean as observed.</param>
/// <param name="Exact">True when the p-value comes from the exact permutation distribution, false for the normal approximation.</param>
/// <param name="SmallestPossiblePValue">The smallest p-value these sample sizes can give at all (0.1 for 3 against 3).</param>
public readonly record struct MannWhitneyResult(double U, double PValue, bool Exact, double SmallestPossiblePValue);

/// <summary>
/// Two-sided Mann–Whitney U (Wilcoxon rank-sum) test. Exact for pooled samples up to
/// <see cref="RankSumDistribution.ExactLimit"/> values, ties included (the permutation distribution of the
/// midrank sum); above that the normal approximation with tie and continuity corrections.
/// </summary>
public static class MannWhitney
{
    /// <summary>Tests whether <paramref name="x"/> and <paramref name="y"/> come from the same distribution.</summary>
    public static MannWhitneyResult TwoSided(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count == 0 || y.Count == 0) throw new ArgumentException("Both samples need at least one value.");
        int n = x.Count, m = y.Count, total = n + m;
        var (ranks, ties) = RankSumDistribution.DoubledMidranks([.. x, .. y]);
        var observed = ranks.Take(n).Sum();
        var mean = n * (total + 1); // doubled mean of the rank sum
        var u = observed / 2.0 - n * (n + 1) / 2.0;
        var smallest = 2 / Binomial(total, n);
        if (total <= RankSumDistribution.ExactLimit)
        {
            var counts = RankSumDistribution.Counts(ranks, n);
            double extreme = 0, all = 0;
            var distance = Math.Abs(observed - mean);
            for (var s = 0; s < counts.Length; s++)
            {
                all += counts[s];
                if (Math.Abs(s - mean) >= distance) extreme += counts[s];
            }
            return new MannWhitneyResult(u, Math.Min(1, extreme / all), true, Math.Min(1, smallest));
        }
        var tieTerm = ties.Sum(t => (double)t * t * t - t) / ((double)total * (total - 1));
        var variance = n * (double)m / 12 * (total + 1 - tieTerm);
        if (variance <= 0) return new MannWhitneyResult(u, 1, false, Math.Min(1, smallest));
        var z = Math.Max(0, Math.Abs(u - n * (double)m / 2) - 0.5) / Math.Sqrt(variance);
        return new MannWhitneyResult(u, Math.Min(1, Normal.UpperTail(z) * 2), false, Math.Min(1, smallest));
    }

    /// <summary>n choose k as a double (exact for the sizes a benchmark has).</summary>
    internal static double Binomial(int n, int k)
    {
        double result = 1;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }
}
