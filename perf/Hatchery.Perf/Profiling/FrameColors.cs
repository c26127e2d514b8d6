namespace Hatchery.Perf.Profiling;

/// <summary>
/// Frame colours by kind, varied within a hue range by a hash of the name so neighbours differ but a name keeps its
/// colour between graphs: managed .NET frames green, native frames warm red-yellow, kernel orange, unresolved grey.
/// </summary>
internal static class FrameColors
{
    /// <summary>An <c>rgb(...)</c> colour for a frame name as <see cref="PerfScriptParser"/> writes them.</summary>
    public static string Of(string name)
    {
        var v = Hash(name);
        if (name == "all") return "rgb(200,200,200)";
        if (name.StartsWith('[')) return Rgb(180 + v * 30, 180 + v * 30, 180 + v * 30);
        if (name.EndsWith("_[k]", StringComparison.Ordinal)) return Rgb(230 + v * 25, 140 + v * 40, 40);
        if (name.Contains("::", StringComparison.Ordinal)) return Rgb(60 + v * 60, 180 + v * 60, 60 + v * 50);
        return Rgb(220 + v * 35, 80 + v * 150, 50 + v * 30);
    }

    /// <summary>
    /// A differential frame's colour: red when its share grew by <paramref name="points"/> percentage points, blue when
    /// it shrank, saturating at 5 points; near white when unchanged.
    /// </summary>
    public static string Difference(double points)
    {
        var strength = Math.Min(1, Math.Abs(points) / 5);
        var other = 235 - 175 * strength;
        return points >= 0 ? Rgb(255, other, other) : Rgb(other, other, 255);
    }

    // FNV-1a, folded to [0, 1): stable across runs and platforms, unlike string.GetHashCode.
    private static double Hash(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return (hash % 1000) / 1000.0;
    }

    private static string Rgb(double r, double g, double b) => $"rgb({(int)r},{(int)g},{(int)b})";
}
