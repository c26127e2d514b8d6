namespace Hatchery.Node;

/// <summary>Formats an uncaught error as Node prints it: the source line with a caret, then the stack.</summary>
internal static class UncaughtErrorFormatter
{
    public static string Format(JsRuntime runtime, ScriptException error)
    {
        var header = "";
        if (error.Location is { } location && !error.JsStack.Contains('^'))
        {
            var parts = location.Split(':');
            if (parts.Length >= 3 && int.TryParse(parts[^2], out var line) && int.TryParse(parts[^1], out var column))
            {
                var file = string.Join(':', parts[..^2]);
                if (runtime.Factory.SourceLoader.TryRead(file, out var source))
                {
                    var lines = source.Split('\n');
                    if (line >= 1 && line <= lines.Length)
                    {
                        header = $"{file}:{line}\n{lines[line - 1].TrimEnd('\r')}\n{new string(' ', Math.Max(0, column - 1))}^\n\n";
                    }
                }
            }
        }
        return header + error.JsStack + "\n";
    }
}
