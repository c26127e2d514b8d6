using System.Text;
using System.Text.RegularExpressions;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Cli.Repl;

/// <summary>Renders results and errors the way Node's REPL shows them.</summary>
internal sealed partial class ReplPrinter(JsRuntime runtime)
{
    /// <summary>A result, as <c>util.inspect</c> renders it (<c>undefined</c> for statements).</summary>
    public string Result(JsValue value) => runtime.Inspect(value);

    /// <summary>
    /// A thrown value: <c>Uncaught Name: message</c> for errors, followed by the stack frames outside the
    /// REPL's own input (Node hides those), or <c>Uncaught</c> and the inspected value for anything else.
    /// </summary>
    public string Uncaught(ScriptException error)
    {
        if (!error.IsError)
        {
            return "Uncaught " + runtime.Inspect(error.Error);
        }
        var text = new StringBuilder("Uncaught ").Append(error.ErrorName).Append(": ").Append(error.ErrorMessage);
        foreach (var line in error.JsStack.Split('\n'))
        {
            if (line.StartsWith("    at ", StringComparison.Ordinal) && !ReplFrame().IsMatch(line)) text.Append('\n').Append(line.TrimEnd('\r'));
        }
        return text.ToString();
    }

    [GeneratedRegex(@"\bREPL\d+:\d+")]
    private static partial Regex ReplFrame();
}
