using Jint;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Hatchery;

/// <summary>
/// Failures that mean source or data was nested deeper than the engine can take, raised where Jint gives
/// up without a JavaScript error: the parser running low on stack (<see cref="InsufficientExecutionStackException"/>)
/// and Jint's fixed limit of 256 nesting levels when it prepares a script. The host sees them as the
/// JavaScript errors Node would raise, never as raw .NET exceptions.
/// </summary>
internal static class StackExhaustion
{
    /// <summary>Whether <paramref name="e"/> is one of those failures.</summary>
    public static bool Is(Exception e) =>
        e is InsufficientExecutionStackException
        || e is ScriptPreparationException { InnerException: not Acornima.ParseErrorException };

    /// <summary>
    /// The JavaScript error for <paramref name="e"/>, built in <paramref name="engine"/>'s realm, with the script
    /// frames Jint recorded where it gave up (the call of <c>eval</c>, say), so the report names the file.
    /// </summary>
    public static JavaScriptException ToJavaScript(Engine engine, Exception e)
    {
        var (kind, message) = e is ScriptPreparationException
            ? ("SyntaxError", PreparationMessage(e))
            : ("RangeError", "Maximum call stack size exceeded");
        var error = NativeModules.JsErrors.Create(engine, kind, message);
        if (e.Data["JintCallStack"] is string { Length: > 0 } frames)
        {
            var stack = $"{kind}: {message}\n{frames.TrimEnd()}";
            error.DefineOwnProperty("stack", new PropertyDescriptor(stack, writable: true, enumerable: false, configurable: true));
        }
        return new JavaScriptException(error);
    }

    /// <summary>Jint's message without its "Could not prepare script:" prefix.</summary>
    public static string PreparationMessage(Exception e)
    {
        const string prefix = "Could not prepare script: ";
        return e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message[prefix.Length..] : e.Message;
    }
}
