using Hatchery.NativeModules;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Hatchery.Modules;

/// <summary>
/// A resolution or loading failure raised inside the host; the runtime turns it into a JavaScript
/// <c>Error</c> with the same <see cref="Code"/> and message.
/// </summary>
internal sealed class ModuleLoadException(string code, string message, string errorType = "Error") : Exception(message)
{
    public string Code { get; } = code;

    public string ErrorType { get; } = errorType;

    /// <summary>For syntax errors: the "file:line, source line, caret" header Node prints above the stack.</summary>
    public string? Frame { get; init; }

    /// <summary>For syntax errors: "file:line:column", for messages to the host, which has no stack to read it from.</summary>
    public string? Location { get; init; }

    /// <summary>The JavaScript error Node throws for this failure, ready to throw through <paramref name="engine"/>.</summary>
    public JavaScriptException ToJavaScript(Engine engine)
    {
        var error = JsErrors.Create(engine, ErrorType, Message, Code);
        if (Code == "MODULE_NOT_FOUND")
        {
            var stack = Message.Split("\n- ").Skip(1).Select(s => (JsValue)s).ToArray();
            error.Set("requireStack", new JsArray(engine, stack));
        }
        if (Frame is not null)
        {
            // Node's decorated stack: the source frame, then the error's own line and the frames of where it was made.
            var made = error.Get("stack") is JsString stack ? stack.ToString() : "";
            var frames = made.IndexOf("\n    at ", StringComparison.Ordinal) is var at and >= 0 ? made[at..] : "";
            error.Set("stack", Frame + "\n" + ErrorType + ": " + Message + frames);
        }
        return new JavaScriptException(error);
    }

    /// <summary>Node's MODULE_NOT_FOUND error; the require stack lists the requiring file first.</summary>
    public static ModuleLoadException NotFound(string request, IReadOnlyList<string> requireStack) =>
        new("MODULE_NOT_FOUND", requireStack.Count == 0
            ? $"Cannot find module '{request}'"
            : $"Cannot find module '{request}'\nRequire stack:\n- {string.Join("\n- ", requireStack)}");
}
