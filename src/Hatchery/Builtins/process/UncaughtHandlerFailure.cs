using Jint.Runtime;

namespace Hatchery.Builtins.Process;

/// <summary>
/// An <c>uncaughtException</c> listener threw: the run ends at once with exit code 7 (Node's
/// <c>kExceptionInFatalExceptionHandler</c>), the listener's error printed, no <c>exit</c> listeners run.
/// Not a JavaScript error: scripts cannot catch it on its way out.
/// </summary>
internal sealed class UncaughtHandlerFailure(JavaScriptException error) : Exception(error.Message, error)
{
    /// <summary>Node's exit code for a throw inside an <c>uncaughtException</c> handler.</summary>
    public const int ExitCode = 7;

    /// <summary>What the listener threw.</summary>
    public JavaScriptException Error { get; } = error;
}
