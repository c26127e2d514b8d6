using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery;

/// <summary>
/// A JavaScript error that escaped to the host: carries the error's name, message, location and stack.
/// </summary>
public sealed class ScriptException : Exception
{
    internal ScriptException(JsValue error, string name, string errorMessage, string? location, string stack, Exception? inner)
        : base(location is null ? $"{name}: {errorMessage}" : $"{name}: {errorMessage} ({location})", inner)
    {
        Error = error;
        ErrorName = name;
        ErrorMessage = errorMessage;
        Location = location;
        JsStack = stack;
    }

    /// <summary>The thrown JavaScript value (usually an <c>Error</c> object).</summary>
    public JsValue Error { get; }

    /// <summary>
    /// Whether <see cref="Error"/> is an error object (made by an error constructor or inheriting from
    /// <c>Error.prototype</c>) rather than some other thrown value.
    /// </summary>
    public bool IsError => NativeModules.JsErrors.IsError(Error);

    /// <summary>The error's <c>name</c>, for example <c>TypeError</c>.</summary>
    public string ErrorName { get; }

    /// <summary>The error's <c>message</c>.</summary>
    public string ErrorMessage { get; }

    /// <summary>Where it was thrown, as <c>file:line:column</c>, when known.</summary>
    public string? Location { get; }

    /// <summary>The JavaScript stack as Node prints it for an uncaught error.</summary>
    public string JsStack { get; }

    internal static ScriptException From(JavaScriptException e)
    {
        var error = e.Error;
        string name = "Error", message, stack;
        // A getter on the error may throw (or recurse until the stack runs out): what the host gets must not.
        if (error is ObjectInstance o)
        {
            name = Read(() => o.Get("name") is JsString n ? n.ToString() : "Error", "Error");
            message = Read(() => o.Get("message") is var m && !m.IsUndefined() ? TypeConverter.ToString(m) : e.Message, e.Message);
            // Jint's stack holds only the frames; the inspector's rendering adds V8's "Name: message" line.
            stack = Read(() => Builtins.Util.InspectErrors.StackString(o), $"{name}: {message}");
        }
        else
        {
            // A thrown Symbol has no string conversion (String(sym) works, `${sym}` throws): use its description form.
            message = Read(() => error.IsUndefined() ? "undefined" : error is JsSymbol symbol ? symbol.ToString() : TypeConverter.ToString(error), e.Message);
            stack = "Uncaught " + Read(() => Builtins.Util.Inspector.Inspect(error), message);
        }
        var location = e.Location.SourceFile is { Length: > 0 } file
            ? $"{file}:{e.Location.Start.Line}:{e.Location.Start.Column + 1}"
            : null;
        if (!stack.Contains("\n    at ", StringComparison.Ordinal) && Read(() => e.JavaScriptStackTrace ?? "", "") is { Length: > 0 } trace
            && !stack.Contains(trace.Trim(), StringComparison.Ordinal))
        {
            stack = stack.TrimEnd() + "\n" + trace.TrimEnd();
        }
        return new ScriptException(error, name, message, location, stack, e);
    }

    private static string Read(Func<string> read, string fallback)
    {
        try
        {
            return read();
        }
        catch (Exception failure) when (failure is JavaScriptException || (failure is JintException && ScriptLimitException.KindOf(failure) is null) || StackExhaustion.Is(failure))
        {
            return fallback;
        }
    }
}

/// <summary>Thrown through the engine when a script calls <c>process.exit(code)</c>; ends the script, not the host.</summary>
public sealed class ProcessExitException(int exitCode) : Exception($"process.exit({exitCode})")
{
    /// <summary>The exit code the script asked for.</summary>
    public int ExitCode { get; } = exitCode;
}
