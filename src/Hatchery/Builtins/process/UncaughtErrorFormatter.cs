using System.Text.RegularExpressions;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Error;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Process;

/// <summary>
/// Formats an uncaught error as Node prints it: the source line with a caret under the throw statement (or, for a
/// rejection, where the error was made), the error as <c>util.inspect</c> shows it, and a version trailer. As in
/// Node, only an error object (one with an error's internal slot) gets a blank line between the caret and itself;
/// any other value has its source line printed first, after a blank line, and a primitive prints as its string.
/// </summary>
internal static partial class UncaughtErrorFormatter
{
    [GeneratedRegex(@"^\s+at (?:.*? \()?(?<file>[^()\s]+):(?<line>\d+):(?<column>\d+)\)?\s*$", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    public static string Format(JsRuntime runtime, ScriptException error)
    {
        var value = error.Error;
        var isError = value is ErrorInstance;
        // A SyntaxError from loading a file carries Node's source frame in its stack already.
        if (isError && error.ErrorName == "SyntaxError" && error.JsStack.Contains('^')) return error.JsStack + "\n\n" + Trailer;
        var madeAt = FirstFrame(error.JsStack);
        // V8 keeps no throw position for a throw from a queueMicrotask callback: Node shows where the error was made,
        // and for a value that is not an error object no script position at all.
        var fromMicrotask = runtime.Loop.Errors.IsFromMicrotask(error.InnerException);
        var throwLocation = fromMicrotask ? null : error.Location;
        var thrownAt = throwLocation ?? madeAt;
        // Where Node's own errors are thrown it shows a line of its internals, which Hatchery does not have; an error
        // the script caught and threw again elsewhere shows that throw, as in Node. Only a throw has a statement to
        // point at: a rejection shows where its error was made.
        var header = JsErrors.IsThrownByHost(value) && thrownAt == madeAt ? "" : SourceFrame(runtime, thrownAt, atThrowStatement: throwLocation is not null);
        if (isError) return header + (header.Length > 0 ? "\n" : "") + InspectOrFallback(error) + "\n\n" + Trailer;
        if (fromMicrotask) header = "<anonymous_script>:0\n\n";
        var lead = header.Length > 0 ? "\n" + header : "";
        if (value is ObjectInstance) return lead + InspectOrFallback(error) + "\n\n" + Trailer;
        return lead + PrimitiveString(value) + "\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\n" + Trailer;
    }

    // What V8's string conversion of a thrown primitive gives; a Symbol has none, and Node prints an empty line.
    private static string PrimitiveString(JsValue value) => value is JsSymbol ? "" : TypeConverter.ToString(value);

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

    private static string SourceFrame(JsRuntime runtime, string? location, bool atThrowStatement)
    {
        if (location is null) return "";
        var parts = location.Split(':');
        if (parts.Length < 3 || !int.TryParse(parts[^2], out var line) || !int.TryParse(parts[^1], out var column)) return "";
        var file = string.Join(':', parts[..^2]);
        if (!runtime.Factory.SourceLoader.TryRead(file, out var source)) return "";
        column--;
        // Jint locates a throw at its argument; V8 puts the caret on the statement's `throw` keyword.
        if (atThrowStatement && ThrowSite.Find(source, line, column) is var (statementLine, statementColumn)) (line, column) = (statementLine, statementColumn);
        var lines = source.Split('\n');
        if (line < 1 || line > lines.Length) return "";
        var text = lines[line - 1].TrimEnd('\r');
        return $"{file}:{line}\n{text}\n{new string(' ', Math.Clamp(column, 0, text.Length))}^\n";
    }
}
