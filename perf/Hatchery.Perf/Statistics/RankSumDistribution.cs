namespace Hatchery.Perf.Statistics;

/// <summary>
/// The exact null distribution of a rank sum: how many ways there are to pick <c>n</c> of the pooled values so
/// their ranks add up to each possible total. Ranks are doubled so midranks of ties stay integers.
/// </summary>
internal static class RankSumDistribution
{
    /// <summary>Pooled sizes up to this are computed exactly; larger ones use the normal approximation.</summary>
    public const int ExactLimit = 60;

    /// <summary>
    /// Counts of subsets of size <paramref name="n"/> of <paramref name="doubledRanks"/> by the sum of their doubled
    /// ranks: element <c>s</c> is the number of subsets whose sum is <c>s</c>.
    /// </summary>
    public static double[] Counts(IReadOnlyList<int> doubledRanks, int n)
    {
        var maxSum = doubledRanks.Sum();
        var ways = new double[n + 1, maxSum + 1];
        ways[0, 0] = 1;
        var reached = 0;
        for (var i = 0; i < doubledRanks.Count; i++)
        {
            var rank = doubledRanks[i];
            // Downwards, so each value is used at most once per subset.
            for (var k = Math.Min(i + 1, n); k >= 1; k--)
            {
                for (var s = reached; s >= 0; s--)
                {
                    if (ways[k - 1, s] != 0) ways[k, s + rank] += ways[k - 1, s];
                }
            }
            reached += rank;
        }
        var counts = new double[maxSum + 1];
        for (var s = 0; s <= maxSum; s++) counts[s] = ways[n, s];
        return counts;
    }

    /// <summary>The doubled midranks of <paramref name="pooled"/> (in its order) and the tie-group sizes.</summary>
    public static (int[] DoubledRanks, List<int> TieGroups) DoubledMidranks(IReadOnlyList<double> pooled)
    {
        var order = Enumerable.Range(0, pooled.Count).OrderBy(i => pooled[i]).ToArray();
        var ranks = new int[pooled.Count];
        var ties = new List<int>();
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && pooled[order[end + 1]] == pooled[order[start]]) end++;
            // Ranks start..end are 1-based start+1..end+1; their mean doubled is start+end+2.
            for (var j = start; j <= end; j++) ranks[order[j]] = start + end + 2;
            ties.Add(end - start + 1);
            start = end + 1;
        }
        return (ranks, ties);
    }
}
