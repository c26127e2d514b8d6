using Hatchery.Perf.Statistics;

namespace Hatchery.Perf.Tests;

/// <summary>
/// Mann–Whitney p-values and Hodges–Lehmann shifts against values worked out by hand. The exact cases were also
/// checked by brute force in Python: every one of the C(N, n) ways to split the pooled values, midranks for ties,
/// counting splits whose rank sum is at least as far from its mean as the observed one.
/// </summary>
public sealed class StatisticsTests
{
    [Fact]
    public void Three_against_three_fully_separated_gives_the_smallest_possible_p_of_a_tenth()
    {
        // C(6,3) = 20 splits; only {1,2,3} and {4,5,6} are as extreme: p = 2/20.
        var result = MannWhitney.TwoSided([1, 2, 3], [4, 5, 6]);

        Assert.True(result.Exact);
        Assert.Equal(0, result.U);
        Assert.Equal(0.1, result.PValue, 12);
        Assert.Equal(0.1, result.SmallestPossiblePValue, 12);
    }

    [Fact]
    public void Ties_use_midranks_and_the_permutation_distribution()
    {
        // Pooled 1,2,2,2,3,4 has midranks 1,3,3,3,5,6. x = {1,2,2} has rank sum 7, mean 3·7/2 = 10.5, distance 3.5.
        // Of the 20 splits, rank sums <= 7 are {1,3,3} three ways; >= 14 are {3,5,6} three ways: p = 6/20.
        var result = MannWhitney.TwoSided([1, 2, 2], [2, 3, 4]);

        Assert.Equal(1, result.U); // 7 - 3·4/2
        Assert.Equal(0.3, result.PValue, 12);
    }

    [Fact]
    public void Heavier_ties_five_against_five()
    {
        // x = {1,1,2,2,3}, y = {2,3,3,4,4}: U = 3; 20 of the 252 splits are as extreme (brute force).
        var result = MannWhitney.TwoSided([1, 1, 2, 2, 3], [2, 3, 3, 4, 4]);

        Assert.Equal(3, result.U);
        Assert.Equal(20 / 252.0, result.PValue, 12);
    }

    [Fact]
    public void Five_against_five_separated_is_significant()
    {
        var result = MannWhitney.TwoSided([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);

        Assert.Equal(2 / 252.0, result.PValue, 12);
        Assert.Equal(2 / 252.0, result.SmallestPossiblePValue, 12);
    }

    [Fact]
    public void All_values_equal_gives_p_one()
    {
        Assert.Equal(1, MannWhitney.TwoSided([5, 5, 5], [5, 5, 5]).PValue, 12);
        Assert.Equal(1, MannWhitney.TwoSided(Enumerable.Repeat(5.0, 40).ToArray(), Enumerable.Repeat(5.0, 40).ToArray()).PValue, 12);
    }

    [Fact]
    public void Large_samples_use_the_normal_approximation_with_tie_and_continuity_corrections()
    {
        // x = 1..31, y = 11..41 (21 shared values, each a tie of two). Midrank sum of x gives U = 220.5; mean
        // nm/2 = 480.5; variance 31·31/12·(63 − 21·6/(62·61)) = 5042.47; z = (260 − 0.5)/71.01 = 3.654;
        // p = erfc(z/√2) = 0.000257828 (Python's math.erfc).
        var x = Enumerable.Range(1, 31).Select(i => (double)i).ToArray();
        var y = Enumerable.Range(11, 31).Select(i => (double)i).ToArray();

        var result = MannWhitney.TwoSided(x, y);

        Assert.False(result.Exact);
        Assert.Equal(220.5, result.U);
        Assert.Equal(0.000257828, result.PValue, 6);
    }

    [Fact]
    public void Hodges_Lehmann_shift_without_an_interval_for_three_against_three()
    {
        // Differences y − x: 1,2,2,3,3,3,4,4,5, median 3. P(U = 0) = 1/20 > 2.5%: no 95% interval exists.
        var shift = HodgesLehmann.Estimate([1, 2, 3], [4, 5, 6]);

        Assert.Equal(3, shift.Shift);
        Assert.Null(shift.Lower);
        Assert.Null(shift.Upper);
    }

    [Fact]
    public void Hodges_Lehmann_shift_and_interval_five_against_five()
    {
        // y − x = 10 + (j − i): 6 once, 7 twice, 8 three times … 14 once; 25 differences, median 10.
        // For 5+5, P(U <= 2) = 4/252 <= 2.5% < P(U <= 3) = 7/252, so k = 3: the 3rd smallest (7) and 3rd largest (13).
        var shift = HodgesLehmann.Estimate([1, 2, 3, 4, 5], [11, 12, 13, 14, 15]);

        Assert.Equal(10, shift.Shift);
        Assert.Equal(7, shift.Lower);
        Assert.Equal(13, shift.Upper);
    }

    [Fact]
    public void Hodges_Lehmann_shift_with_ties()
    {
        // y − x for x = {1,1,2,2,3}, y = {2,3,3,4,4}: −1 once, 0 four times, 1 eight, 2 eight, 3 four.
        // The 13th of 25 is 1; 3rd smallest 0, 3rd largest 3.
        var shift = HodgesLehmann.Estimate([1, 1, 2, 2, 3], [2, 3, 3, 4, 4]);

        Assert.Equal(1, shift.Shift);
        Assert.Equal(0, shift.Lower);
        Assert.Equal(3, shift.Upper);
    }

    [Theory]
    // Largest k with P(U <= k − 1) <= 2.5%, by enumerating every split in Python; 10+10 matches the printed table
    // (two-sided 5% critical U = 23).
    [InlineData(3, 3, 0)]
    [InlineData(5, 5, 3)]
    [InlineData(4, 6, 3)]
    [InlineData(10, 10, 24)]
    // Normal approximation: floor(31·31/2 − 1.96·√(31·31·63/12)) = 341.
    [InlineData(31, 31, 341)]
    public void Interval_rank(int n, int m, int expected) => Assert.Equal(expected, HodgesLehmann.IntervalRank(n, m));

    [Fact]
    public void Median_and_spread()
    {
        // Median of 1,2,3,4,100 is 3; deviations 2,1,0,1,97 have median 1: 33.3% of the median.
        double[] values = [4, 1, 100, 3, 2];

        Assert.Equal(3, Descriptive.Median(values));
        Assert.Equal(1, Descriptive.MedianAbsoluteDeviation(values));
        Assert.Equal(100 / 3.0, Descriptive.SpreadPercent(values), 12);
        Assert.Equal(2.5, Descriptive.Median([4, 1, 3, 2]));
    }
}
