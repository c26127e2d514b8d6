using System.Text.RegularExpressions;
using Hatchery.NativeModules;
using Jint.Native.Object;

namespace Hatchery.Builtins.Process;

/// <summary>
/// Formats an uncaught error as Node prints it: the source line with a caret under the throw site (or, for a
/// rejection, where the error was made), the error as <c>util.inspect</c> shows it, and a version trailer.
/// </summary>
internal static partial class UncaughtErrorFormatter
{
    [GeneratedRegex(@"^\s+at (?:.*? \()?(?<file>[^()\s]+):(?<line>\d+):(?<column>\d+)\)?\s*$", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    public static string Format(JsRuntime runtime, ScriptException error)
    {
        var isError = error.Error is ObjectInstance;
        var madeAt = FirstFrame(error.JsStack);
        var thrownAt = error.Location ?? madeAt;
        // Where Node's own errors are thrown it shows a line of its internals, which Hatchery does not have; an error
        // the script caught and threw again elsewhere shows that throw, as in Node.
        var header = JsErrors.IsThrownByHost(error.Error) && thrownAt == madeAt ? "" : SourceFrame(runtime, thrownAt);
        var body = InspectOrFallback(error) + (isError ? "" : "\n(Use `node --trace-uncaught ...` to show where the exception was thrown)");
        if (isError && error.ErrorName == "SyntaxError" && error.JsStack.Contains('^')) return error.JsStack + "\n\n" + Trailer;
        var separator = header.Length > 0 && isError ? "\n" : "";
        return header + separator + body + "\n\n" + Trailer;
    }

    // An error whose getters throw while it is printed still prints, as its name and message (Node does the same).
    private static string InspectOrFallback(ScriptException error)
    {
        try
        {
            return Util.Inspector.Inspect(error.Error);
        }
        catch (Exception e) when (e is Jint.Runtime.JavaScriptException || StackExhaustion.Is(e))
        {
            return $"{error.ErrorName}: {error.ErrorMessage}";
        }
    }

    private static string Trailer => $"Hatchery v{typeof(JsRuntime).Assembly.GetName().Version?.ToString(3)} (Node.js v{Process.ProcessInfo.NodeVersion} compatible)\n";

    private static string? FirstFrame(string stack)
    {
        var match = StackFrame().Match(stack);
        return match.Success ? $"{match.Groups["file"].Value}:{match.Groups["line"].Value}:{match.Groups["column"].Value}" : null;
    }

    private static string SourceFrame(JsRuntime runtime, string? location)
    {
        if (location is null) return "";
        var parts = location.Split(':');
        if (parts.Length < 3 || !int.TryParse(parts[^2], out var line) || !int.TryParse(parts[^1], out var column)) return "";
        var file = string.Join(':', parts[..^2]);
        if (!runtime.Factory.SourceLoader.TryRead(file, out var source)) return "";
        var lines = source.Split('\n');
        if (line < 1 || line > lines.Length) return "";
        var text = lines[line - 1].TrimEnd('\r');
        return $"{file}:{line}\n{text}\n{new string(' ', ThrowKeywordColumn(text, column - 1))}^\n";
    }

    // Jint locates `throw new Error()` at the thrown expression; V8 puts the caret on the `throw` keyword.
    private static int ThrowKeywordColumn(string text, int column)
    {
        column = Math.Clamp(column, 0, text.Length);
        var before = text[..column].TrimEnd();
        return before.EndsWith("throw", StringComparison.Ordinal) && (before.Length == 5 || !char.IsLetterOrDigit(before[^6]))
            ? before.Length - 5
            : column;
    }
}
