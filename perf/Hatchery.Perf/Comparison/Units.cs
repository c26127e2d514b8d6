using System.Globalization;

namespace Hatchery.Perf.Comparison;

/// <summary>Human units for times and sizes, three significant digits.</summary>
internal static class Units
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Nanoseconds as ns, µs, ms or s.</summary>
    public static string Time(double ns)
    {
        var magnitude = Math.Abs(ns);
        return magnitude switch
        {
            >= 1e9 => Significant(ns / 1e9) + " s",
            >= 1e6 => Significant(ns / 1e6) + " ms",
            >= 1e3 => Significant(ns / 1e3) + " µs",
            _ => Significant(ns) + " ns",
        };
    }

    /// <summary>Bytes as B, KiB or MiB.</summary>
    public static string Bytes(long bytes) => Math.Abs(bytes) switch
    {
        >= 1 << 20 => Significant(bytes / 1048576.0) + " MiB",
        >= 1 << 10 => Significant(bytes / 1024.0) + " KiB",
        _ => bytes.ToString(Invariant) + " B",
    };

    /// <summary>A signed percentage with one decimal, e.g. <c>+12.5%</c>.</summary>
    public static string Percent(double percent) => (percent >= 0 ? "+" : "") + percent.ToString("0.0", Invariant) + "%";

    /// <summary>A p-value with three decimals, or two significant digits below 0.001 (not a bare 0.000).</summary>
    public static string P(double p) => p.ToString(p >= 0.001 || p == 0 ? "0.000" : "0.0e0", Invariant);

    private static string Significant(double value)
    {
        var magnitude = Math.Abs(value);
        var format = magnitude >= 100 ? "0" : magnitude >= 10 ? "0.0" : "0.00";
        return value.ToString(format, Invariant);
    }
}
