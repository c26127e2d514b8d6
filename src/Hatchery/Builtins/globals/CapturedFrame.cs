using System.Globalization;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// One frame of a stack Jint rendered (<c>    at name (file:line:column)</c>, or <c>    at file:line:column</c> for
/// a frame without a function name), read back into its parts for <c>Error.prepareStackTrace</c>'s call sites.
/// </summary>
internal sealed record CapturedFrame(string Text, string? FunctionName, string? FileName, int? Line, int? Column)
{
    private const string Prefix = "    at ";

    /// <summary>The frames of <paramref name="stack"/>, Jint's rendering of a call stack, top first; blank lines (hidden frames) are left out.</summary>
    public static List<string> Lines(string stack)
    {
        var lines = new List<string>();
        foreach (var line in stack.Split('\n'))
        {
            var frame = line.TrimEnd('\r');
            if (!string.IsNullOrWhiteSpace(frame)) lines.Add(frame);
        }
        return lines;
    }

    /// <summary>Whether <paramref name="line"/> is a frame of a function named <paramref name="name"/>.</summary>
    public static bool IsOf(string line, string name) =>
        line.Length > Prefix.Length + name.Length + 2
        && line.StartsWith(Prefix, StringComparison.Ordinal)
        && string.CompareOrdinal(line, Prefix.Length, name, 0, name.Length) == 0
        && string.CompareOrdinal(line, Prefix.Length + name.Length, " (", 0, 2) == 0;

    /// <summary>The parts of <paramref name="line"/>, one line of <see cref="Lines"/>.</summary>
    public static CapturedFrame Parse(string line)
    {
        var text = line.StartsWith(Prefix, StringComparison.Ordinal) ? line[Prefix.Length..] : line.TrimStart();
        string? name = null;
        var location = text;
        var open = text.LastIndexOf(" (", StringComparison.Ordinal);
        if (text.EndsWith(')') && open > 0)
        {
            name = text[..open];
            location = text[(open + 2)..^1];
        }
        var columnColon = location.LastIndexOf(':');
        var lineColon = columnColon > 0 ? location.LastIndexOf(':', columnColon - 1) : -1;
        if (lineColon > 0
            && int.TryParse(location.AsSpan(lineColon + 1, columnColon - lineColon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var lineNumber)
            && int.TryParse(location.AsSpan(columnColon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var column))
        {
            return new CapturedFrame(text, name, location[..lineColon], lineNumber, column);
        }
        return new CapturedFrame(text, name, location.Length > 0 ? location : null, null, null);
    }
}
