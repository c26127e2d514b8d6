using Jint.Runtime;

namespace Hatchery.Builtins.Process;

/// <summary>
/// A <c>queueMicrotask</c> callback threw and no <c>uncaughtException</c> listener took it: in Node that ends the
/// run as an uncaught exception, not as the rejection of the promise job the callback runs in. Not a JavaScript
/// error, so that neither the job nor a script can catch it on its way out of the microtask queue.
/// </summary>
internal sealed class UncaughtMicrotaskError(JavaScriptException error) : Exception(error.Message, error)
{
    /// <summary>What the callback threw.</summary>
    public JavaScriptException Error { get; } = error;
}
