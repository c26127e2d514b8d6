using System.Text.RegularExpressions;
using Jint;
using Jint.Runtime;

namespace Hatchery;

/// <summary>Which execution limit stopped a script.</summary>
public enum ScriptLimit
{
    /// <summary>A host call (a whole <c>RunMain</c>, an <c>Evaluate</c> with its microtasks) ran longer than its time limit.</summary>
    Time,

    /// <summary>The runtime held more live memory than its memory limit, or the process could not allocate what the script asked for.</summary>
    Memory,

    /// <summary>A host call executed more statements than its statement limit.</summary>
    Statements,

    /// <summary>The JavaScript call stack grew deeper than the recursion limit.</summary>
    Recursion,

    /// <summary>A cancellation token of the factory, the runtime or the call was signalled.</summary>
    Cancelled,
}

/// <summary>
/// The host stopped a script because it hit an execution limit. A sibling of <see cref="ScriptException"/>, not a
/// subclass: the script did not throw it, cannot catch it, and there is no JavaScript error value behind it, so a
/// host that wants to treat "the script failed" and "we stopped the script" differently catches them apart. The message
/// names the limit ("Time limit exceeded: …"). The runtime is stopped: later calls throw <see cref="RuntimeStoppedException"/>.
/// </summary>
public sealed class ScriptLimitException : Exception
{
    internal ScriptLimitException(ScriptLimit limit, string message, string? location, Exception inner)
        : base(message, inner)
    {
        Limit = limit;
        Location = location;
    }

    /// <summary>The limit that was hit.</summary>
    public ScriptLimit Limit { get; }

    /// <summary>Where the script was when it was stopped, as <c>file:line:column</c>, when known.</summary>
    public string? Location { get; }

    /// <summary>
    /// The exit code <c>RunMain</c>, <c>RunEval</c> and the <c>hatchery</c> command give a run that <paramref name="limit"/>
    /// stopped: 124 for time (as <c>timeout(1)</c>), 123 statements, 122 memory, 121 recursion, 130 cancelled (as a shell
    /// reports Ctrl+C). None of them is 1 (an uncaught error) or one of Node's own codes.
    /// </summary>
    public static int ExitCodeOf(ScriptLimit limit) => limit switch
    {
        ScriptLimit.Time => 124,
        ScriptLimit.Statements => 123,
        ScriptLimit.Memory => 122,
        ScriptLimit.Recursion => 121,
        ScriptLimit.Cancelled => 130,
        _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, null),
    };

    /// <summary>The limit in words, for messages: "time limit", "cancellation"…</summary>
    internal static string Describe(ScriptLimit limit) => limit switch
    {
        ScriptLimit.Time => "time limit",
        ScriptLimit.Memory => "memory limit",
        ScriptLimit.Statements => "statement limit",
        ScriptLimit.Recursion => "recursion limit",
        _ => "cancellation",
    };

    /// <summary>The limit <paramref name="e"/> reports, if it is one of Jint's or Hatchery's limit exceptions or a cancellation.</summary>
    internal static ScriptLimit? KindOf(Exception e) => e switch
    {
        ScriptLimitException translated => translated.Limit,
        RunLimitExceededException run => run.Limit,
        OutOfMemoryException => ScriptLimit.Memory,
        RegexMatchTimeoutException => ScriptLimit.Time,
        MemoryLimitExceededException => ScriptLimit.Memory,
        StatementsCountOverflowException => ScriptLimit.Statements,
        RecursionDepthOverflowException => ScriptLimit.Recursion,
        ExecutionCanceledException or OperationCanceledException => ScriptLimit.Cancelled,
        _ => null,
    };

    internal static ScriptLimitException From(ScriptLimit limit, Exception e)
    {
        if (e is ScriptLimitException translated) return translated;
        string? location = JintException.TryGetJavaScriptLocation(e, out var at) && at.SourceFile is { Length: > 0 } file
            ? $"{file}:{at.Start.Line}:{at.Start.Column + 1}"
            : null;
        var message = e switch
        {
            RunLimitExceededException => e.Message,
            RegexMatchTimeoutException => "Time limit exceeded: a regular-expression match ran longer than the time limit",
            OutOfMemoryException => "Memory limit exceeded: the process could not allocate the memory the script asked for",
            _ when limit == ScriptLimit.Cancelled => $"Cancelled: {e.Message}",
            _ => $"{char.ToUpperInvariant(Describe(limit)[0])}{Describe(limit)[1..]} exceeded: {e.Message}",
        };
        return new ScriptLimitException(limit, message, location, e);
    }
}
