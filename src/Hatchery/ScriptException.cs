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
        if (error is ObjectInstance o)
        {
            name = o.Get("name") is JsString n ? n.ToString() : "Error";
            message = o.Get("message") is var m && !m.IsUndefined() ? TypeConverter.ToString(m) : e.Message;
            // Jint's stack holds only the frames; the inspector's rendering adds V8's "Name: message" line.
            stack = Builtins.Util.InspectErrors.StackString(o);
        }
        else
        {
            message = error.IsUndefined() ? "undefined" : TypeConverter.ToString(error);
            stack = "Uncaught " + Builtins.Util.Inspector.Inspect(error);
        }
        var location = e.Location.SourceFile is { Length: > 0 } file
            ? $"{file}:{e.Location.Start.Line}:{e.Location.Start.Column + 1}"
            : null;
        if (!stack.Contains("\n    at ", StringComparison.Ordinal) && e.JavaScriptStackTrace is { Length: > 0 } trace
            && !stack.Contains(trace.Trim(), StringComparison.Ordinal))
        {
            stack = stack.TrimEnd() + "\n" + trace.TrimEnd();
        }
        return new ScriptException(error, name, message, location, stack, e);
    }
}

/// <summary>Thrown through the engine when a script calls <c>process.exit(code)</c>; ends the script, not the host.</summary>
public sealed class ProcessExitException(int exitCode) : Exception($"process.exit({exitCode})")
{
    /// <summary>The exit code the script asked for.</summary>
    public int ExitCode { get; } = exitCode;
}
