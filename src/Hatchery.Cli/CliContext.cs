namespace Hatchery.Cli;

/// <summary>
/// What a command runs against: the standard streams, the current directory and whether a person is typing.
/// Tests pass in-memory writers; <c>Program</c> passes the real console.
/// </summary>
/// <param name="In">Standard input (the REPL reads it).</param>
/// <param name="Out">Standard output, also where scripts' <c>console.log</c> goes.</param>
/// <param name="Error">Standard error, for uncaught errors and diagnostics.</param>
/// <param name="CurrentDirectory">The directory relative files and <c>require</c> resolve from.</param>
/// <param name="IsTerminal">Whether input and output are an interactive terminal (line editing and history keys).</param>
/// <param name="InputStream">Standard input's bytes, which a script's <c>process.stdin</c> reads; null reads <paramref name="In"/>'s text.</param>
internal sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error, string CurrentDirectory, bool IsTerminal = false, Stream? InputStream = null)
{
    /// <summary>
    /// A runtime whose console writes to this context's streams and whose base directory is the current one, with the
    /// limits, sandbox and call log asked for; <paramref name="scriptDirectory"/> is the main script's (a sandbox loads
    /// from it), and <paramref name="stop"/> cancels the run (a signal, see <see cref="StopSignals"/>). With
    /// <paramref name="readsInput"/> the script's <c>process.stdin</c> reads this context's standard input (not in the
    /// REPL, which reads it itself).
    /// </summary>
    public JsRuntime OpenRuntime(RuntimeLimits limits, string? scriptDirectory = null, bool readsInput = false, CancellationToken stop = default) => JsRuntime.Open(o =>
    {
        o.UseBaseDirectory(CurrentDirectory).UseConsole(Out, Error).UseCancellation(stop);
        if (readsInput && InputStream is { } stream) o.UseStandardInput(stream);
        else if (readsInput) o.UseStandardInput(In);
        limits.Apply(o, CurrentDirectory);
        limits.Sandbox.Apply(o, CurrentDirectory, scriptDirectory);
    });
}
