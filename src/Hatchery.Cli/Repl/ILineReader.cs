namespace Hatchery.Cli.Repl;

/// <summary>Where the REPL gets its next line of input.</summary>
internal interface ILineReader
{
    /// <summary>
    /// Shows <paramref name="prompt"/> and returns the next line, <see cref="Interrupt"/> when the user pressed
    /// Ctrl+C, or null at the end of input.
    /// </summary>
    string? ReadLine(string prompt);

    /// <summary>What <see cref="ReadLine"/> returns for Ctrl+C.</summary>
    public const string Interrupt = "\u0003";
}

/// <summary>Lines from a text reader, such as piped standard input; the prompt is written as Node writes it for piped input.</summary>
internal sealed class TextLineReader(TextReader input, TextWriter output) : ILineReader
{
    /// <inheritdoc />
    public string? ReadLine(string prompt)
    {
        output.Write(prompt);
        output.Flush();
        return input.ReadLine();
    }
}
