namespace Hatchery.Builtins.Console;

/// <summary>Receives what scripts print through <c>console</c> and <c>process.stdout</c>/<c>stderr</c>.</summary>
public interface IConsoleOutput
{
    /// <summary>Writes text to standard output (text already carries its line breaks).</summary>
    void WriteOut(string text);

    /// <summary>Writes text to standard error.</summary>
    void WriteError(string text);
}

/// <summary>Console output to a pair of text writers.</summary>
public sealed class WriterConsoleOutput(TextWriter stdout, TextWriter stderr) : IConsoleOutput
{
    /// <inheritdoc />
    public void WriteOut(string text) => stdout.Write(text);

    /// <inheritdoc />
    public void WriteError(string text) => stderr.Write(text);
}

/// <summary>Console output to the process's own standard output and error.</summary>
public sealed class StandardConsoleOutput : IConsoleOutput
{
    /// <summary>The single instance.</summary>
    public static readonly StandardConsoleOutput Instance = new();

    private StandardConsoleOutput()
    {
    }

    /// <inheritdoc />
    public void WriteOut(string text) => System.Console.Out.Write(text);

    /// <inheritdoc />
    public void WriteError(string text) => System.Console.Error.Write(text);
}
