using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Jint.Native.Object;

namespace Hatchery.Builtins.Util;

/// <summary>The mutable state of one <c>util.inspect</c> call: indentation, depth and the objects on the current path.</summary>
internal sealed partial class InspectContext(InspectOptions options)
{
    private static readonly FrozenDictionary<string, (int Open, int Close)> Styles = new Dictionary<string, (int Open, int Close)>
    {
        ["special"] = (36, 39),
        ["number"] = (33, 39),
        ["bigint"] = (33, 39),
        ["boolean"] = (33, 39),
        ["undefined"] = (90, 39),
        ["null"] = (1, 22),
        ["string"] = (32, 39),
        ["symbol"] = (32, 39),
        ["date"] = (35, 39),
        ["regexp"] = (31, 39),
        ["module"] = (4, 24),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private JsBrands? _brands;

    public InspectOptions Options { get; } = options;

    /// <summary>Node's <c>compact: true</c>, which has its own layout rules.</summary>
    public bool CompactAlways => Options.Compact == InspectOptions.CompactAlways;

    public int IndentationLvl { get; set; }

    /// <summary>Depth of the object most recently entered; Node's compact rule reads it after the children are done.</summary>
    public int CurrentDepth { get; set; }

    /// <summary>The objects being formatted on the current path, for cycle detection.</summary>
    public List<ObjectInstance> Seen { get; } = [];

    /// <summary>Objects found to be circular, numbered in the order they were found.</summary>
    public Dictionary<ObjectInstance, int>? Circular { get; set; }

    /// <summary>Engine lookups, made once per call from the first object met.</summary>
    public JsBrands Brands(ObjectInstance value) => _brands ??= new JsBrands(value.Engine);

    public bool BeyondDepth(int recurseTimes) => recurseTimes > Options.Depth;

    public string Stylize(string text, string style) =>
        Options.Colors && Styles.TryGetValue(style, out var codes) ? $"\u001b[{codes.Open}m{text}\u001b[{codes.Close}m" : text;

    /// <summary>Printed width of an entry, ignoring colour escapes.</summary>
    public int Width(string text) => Options.Colors ? AnsiEscape().Replace(text, "").Length : text.Length;

    [GeneratedRegex("\u001b\\[\\d\\d?m")]
    private static partial Regex AnsiEscape();
}
