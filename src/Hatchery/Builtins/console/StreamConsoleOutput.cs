using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Hatchery.Builtins.Console;

/// <summary>
/// Output of a console made with <c>new console.Console(stdout, stderr)</c>: each line goes to the stream object's
/// <c>write</c> method. With <c>ignoreErrors</c> (Node's default) a failing write is swallowed, since a console is a
/// debugging aid that should not take the program down.
/// </summary>
internal sealed class StreamConsoleOutput(Engine engine, JsValue stdout, JsValue stderr, bool ignoreErrors) : IConsoleOutput
{
    public void WriteOut(string text) => Write(stdout, text);

    public void WriteError(string text) => Write(stderr, text);

    private void Write(JsValue stream, string text)
    {
        try
        {
            engine.Call(stream.Get("write"), stream, [text]);
        }
        catch (JavaScriptException) when (ignoreErrors)
        {
        }
    }
}
