namespace Hatchery.Perf.Statistics;

/// <summary>Order statistics of a sample: median and median absolute deviation.</summary>
public static class Descriptive
{
    /// <summary>The median (mean of the middle two for an even count); NaN for an empty sample.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The median absolute deviation from the median, unscaled.</summary>
    public static double MedianAbsoluteDeviation(IReadOnlyList<double> values)
    {
        var median = Median(values);
        return Median(values.Select(v => Math.Abs(v - median)).ToArray());
    }

    /// <summary>The median absolute deviation as a percentage of the median (0 when the median is 0).</summary>
    public static double SpreadPercent(IReadOnlyList<double> values)
    {
        var median = Median(values);
        return median == 0 || double.IsNaN(median) ? 0 : 100 * MedianAbsoluteDeviation(values) / Math.Abs(median);
    }
}
