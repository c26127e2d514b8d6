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

    /// <summary>
    /// Node's <c>getStringWidth</c>, which sizes the columns of grouped array entries: colour escapes (when colours
    /// are on) and control characters such as a newline take no width, East Asian wide characters and emoji two.
    /// </summary>
    public int ColumnWidth(string text)
    {
        if (Options.Colors) text = AnsiEscape().Replace(text, "");
        var width = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var code = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(text[i], text[++i]) : text[i];
            if (code < 32 || (code >= 0x7F && code <= 0x9F) || (code >= 0x300 && code <= 0x36F) || (code >= 0x200B && code <= 0x200F) || (code >= 0xFE00 && code <= 0xFE0F)) continue;
            width += IsWide(code) ? 2 : 1;
        }
        return width;
    }

    private static bool IsWide(int code) =>
        (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF && code != 0x303F) || (code >= 0xAC00 && code <= 0xD7A3) ||
        (code >= 0xF900 && code <= 0xFAFF) || (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60) ||
        (code >= 0xFFE0 && code <= 0xFFE6) || (code >= 0x1F300 && code <= 0x1F64F) || (code >= 0x1F900 && code <= 0x1F9FF) ||
        (code >= 0x20000 && code <= 0x3FFFD);

    [GeneratedRegex("\u001b\\[\\d\\d?m")]
    private static partial Regex AnsiEscape();
}
