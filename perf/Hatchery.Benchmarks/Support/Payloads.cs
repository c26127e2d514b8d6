namespace Hatchery.Benchmarks.Support;

/// <summary>Host-side payloads of three sizes, as plain dictionaries and lists (what JSON-shaped host data looks like).</summary>
public static class Payloads
{
    public static Dictionary<string, object?> Create(PayloadSize size) => size switch
    {
        PayloadSize.Tiny => Record(1),
        PayloadSize.Medium => Medium(),
        _ => new Dictionary<string, object?> { ["items"] = Enumerable.Range(0, 1000).Select(i => (object?)Record(i)).ToList() },
    };

    /// <summary>Four fields of four types.</summary>
    private static Dictionary<string, object?> Record(int i) => new()
    {
        ["id"] = i,
        ["name"] = "item-" + i,
        ["active"] = i % 2 == 0,
        ["score"] = i * 1.25,
    };

    /// <summary>About fifty values: flat fields, a nested object and an array of records.</summary>
    private static Dictionary<string, object?> Medium()
    {
        var result = new Dictionary<string, object?>();
        for (var i = 0; i < 16; i++) result["field" + i] = i % 3 == 0 ? i : "value-" + i;
        result["owner"] = new Dictionary<string, object?> { ["name"] = "ada", ["roles"] = new List<object?> { "admin", "dev" } };
        result["items"] = Enumerable.Range(0, 8).Select(i => (object?)Record(i)).ToList();
        return result;
    }
}

public enum PayloadSize
{
    Tiny,
    Medium,
    Large,
}
