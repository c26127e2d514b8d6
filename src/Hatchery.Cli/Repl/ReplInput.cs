using Acornima;

namespace Hatchery.Cli.Repl;

/// <summary>How the REPL reads what was typed: whether it is complete yet, and how Node reads a leading <c>{</c>.</summary>
internal static class ReplInput
{
    /// <summary>
    /// Whether <paramref name="code"/> stops in the middle of a statement, so the REPL should read more lines
    /// rather than report a syntax error: the parser ran out of input, or a block comment is still open.
    /// </summary>
    public static bool NeedsMoreInput(string code)
    {
        try
        {
            new Parser().ParseScript(code);
            return false;
        }
        catch (ParseErrorException e) when (e.Error is { } error)
        {
            if (error.Code == "UnexpectedEOS") return true;
            // Acornima reports an unclosed "/*" as an invalid token where the comment starts.
            var start = Math.Clamp(error.Index, 0, code.Length);
            return code.AsSpan(start).StartsWith("/*") && !code.AsSpan(start).Contains("*/", StringComparison.Ordinal);
        }
        catch (ParseErrorException)
        {
            return false;
        }
    }

    /// <summary>
    /// Node's REPL reads input that starts with <c>{</c> and does not end with <c>;</c> as an object literal
    /// when it parses as one (<c>{a: 1}</c> shows <c>{ a: 1 }</c>, not 1); other input is returned unchanged.
    /// </summary>
    public static string AsObjectLiteralIfIntended(string code)
    {
        var trimmed = code.Trim();
        if (!trimmed.StartsWith('{') || trimmed.EndsWith(';')) return code;
        var wrapped = "(" + trimmed + "\n)";
        try
        {
            new Parser().ParseScript(wrapped);
            return wrapped;
        }
        catch (ParseErrorException)
        {
            return code;
        }
    }
}
