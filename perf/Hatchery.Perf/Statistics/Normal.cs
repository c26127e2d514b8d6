namespace Hatchery.Perf.Statistics;

/// <summary>The standard normal distribution's upper tail, for the large-sample approximations.</summary>
internal static class Normal
{
    /// <summary>The 97.5th percentile: a two-sided 95% interval is ±1.96 standard deviations.</summary>
    public const double Z975 = 1.959963984540054;

    /// <summary>P(Z &gt; z) for a standard normal Z.</summary>
    public static double UpperTail(double z) => 0.5 * Erfc(z / Math.Sqrt(2));

    // The complementary error function by the Chebyshev fit in Numerical Recipes (relative error below 1.2e-7),
    // which is plenty for a p-value.
    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
