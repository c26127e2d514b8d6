using Hatchery.NativeModules;
using Jint.Runtime;
using YamlDotNet.Core;

namespace Hatchery.HostModules.Yaml;

/// <summary>
/// The errors of the yaml module: a JavaScript <c>SyntaxError</c> whose message ends with the place
/// (<c>(line 3, column 5)</c>) and which carries <c>line</c> and <c>column</c> (both from 1) as properties.
/// </summary>
internal static class YamlErrors
{
    /// <summary>A parse error of YamlDotNet, its message without YamlDotNet's position prefix.</summary>
    public static JavaScriptException Syntax(Engine engine, YamlException exception)
    {
        var message = exception.Message;
        // YamlDotNet writes "(Line: 1, Col: 2, Idx: 1) - (Line: 1, Col: 3, Idx: 2): reason".
        var separator = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && separator > 0) message = message[(separator + 3)..];
        return At(engine, message.TrimEnd('.'), exception.Start);
    }

    /// <summary>An error about the node at <paramref name="mark"/>.</summary>
    public static JavaScriptException At(Engine engine, string message, Mark mark)
    {
        var line = (int)mark.Line;
        var column = (int)mark.Column;
        var error = JsErrors.Create(engine, "SyntaxError", $"{message} (line {line}, column {column})");
        error.Set("line", line);
        error.Set("column", column);
        return new JavaScriptException(error);
    }
}
