using Jint;
using Jint.Runtime;

namespace Hatchery;

/// <summary>Which execution limit stopped a script.</summary>
public enum ScriptLimit
{
    /// <summary>One call into the engine ran longer than its time limit.</summary>
    Time,

    /// <summary>One call into the engine allocated more than its memory limit.</summary>
    Memory,

    /// <summary>One call into the engine executed more statements than its statement limit.</summary>
    Statements,

    /// <summary>The JavaScript call stack grew deeper than the recursion limit.</summary>
    Recursion,

    /// <summary>A cancellation token of the factory, the runtime or the call was signalled.</summary>
    Cancelled,
}

/// <summary>
/// The host stopped a script because it hit an execution limit. A sibling of <see cref="ScriptException"/>, not a
/// subclass: the script did not throw it, cannot catch it, and there is no JavaScript error value behind it, so a
/// host that wants to treat "the script failed" and "we stopped the script" differently catches them apart.
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

    /// <summary>The limit <paramref name="e"/> reports, if it is one of Jint's limit exceptions or a cancellation.</summary>
    internal static ScriptLimit? KindOf(Exception e) => e switch
    {
        TimeoutException => ScriptLimit.Time,
        MemoryLimitExceededException => ScriptLimit.Memory,
        StatementsCountOverflowException => ScriptLimit.Statements,
        RecursionDepthOverflowException => ScriptLimit.Recursion,
        ExecutionCanceledException or OperationCanceledException => ScriptLimit.Cancelled,
        _ => null,
    };

    internal static ScriptLimitException From(ScriptLimit limit, Exception e)
    {
        string? location = JintException.TryGetJavaScriptLocation(e, out var at) && at.SourceFile is { Length: > 0 } file
            ? $"{file}:{at.Start.Line}:{at.Start.Column + 1}"
            : null;
        return new ScriptLimitException(limit, e.Message, location, e);
    }
}
