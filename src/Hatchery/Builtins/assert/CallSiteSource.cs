using System.Text.RegularExpressions;

namespace Hatchery.Builtins.Assert;

/// <summary>
/// Reads the source text of a failing <c>assert(…)</c> call from the first frame of a stack, so the message can
/// quote the expression as Node's does ("The expression evaluated to a falsy value: assert(x === 1)").
/// </summary>
internal static partial class CallSiteSource
{
    [GeneratedRegex(@"^\s*at (?:.*?\()?(?<file>[^()]+?):(?<line>\d+):(?<column>\d+)\)?\s*$", RegexOptions.Multiline)]
    private static partial Regex Frame();

    public static string? Read(string stack)
    {
        // The first frame in a file on disk is the caller; frames in built-in modules come before it.
        var match = Frame().Matches(stack).FirstOrDefault(m => System.IO.Path.IsPathRooted(m.Groups["file"].Value));
        if (match is null) return null;
        var file = match.Groups["file"].Value;
        if (!File.Exists(file)) return null;
        var lineNumber = int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var column = int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var lines = File.ReadAllLines(file);
        if (lineNumber < 1 || lineNumber > lines.Length) return null;
        // The rest of the file from the call's line on, so calls spanning lines still balance.
        var text = string.Join('\n', lines.Skip(lineNumber - 1));
        return Extract(text, Math.Max(0, column - 1));
    }

    /// <summary>The call expression that starts at or around <paramref name="start"/>: callee, then balanced parentheses.</summary>
    internal static string? Extract(string text, int start)
    {
        if (start >= text.Length) return null;
        // Frames may point at the opening parenthesis; the callee name sits just before it.
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '$' or '.')) start--;
        var open = text.IndexOf('(', start);
        if (open < 0) return null;
        var depth = 0;
        char quote = '\0';
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == '\\') i++;
                else if (c == quote) quote = '\0';
                continue;
            }
            switch (c)
            {
                case '\'' or '"' or '`':
                    quote = c;
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    if (--depth == 0) return text[start..(i + 1)];
                    break;
            }
        }
        return null;
    }
}
