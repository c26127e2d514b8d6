using Hatchery.Scheduling;
using Jint.Native;

namespace Hatchery;

// AsyncLocalStorage's state: the current async context, carried by the event loop and promise jobs.
public sealed partial class JsRuntime
{
    /// <summary>
    /// The async context current on the runtime's thread: the frame of <c>AsyncLocalStorage</c> stores (a JavaScript
    /// value the <c>async_hooks</c> module owns; undefined for none), or null while no <c>AsyncLocalStorage</c> or
    /// <c>AsyncResource</c> was ever created, when the event loop and promises carry nothing. Timers, ticks, immediates
    /// and host callbacks capture it when queued and run under it; promise reactions through <see cref="AsyncContextHooks"/>.
    /// </summary>
    internal object? AsyncContext;

    /// <summary>Starts carrying async contexts (the first <c>AsyncLocalStorage</c> or <c>AsyncResource</c>).</summary>
    internal void EnableAsyncContext()
    {
        if (AsyncContext is not null) return;
        AsyncContext = JsValue.Undefined;
        AsyncContextHooks.MarkUsed();
    }

    /// <summary>Runs <paramref name="action"/> under <paramref name="context"/> (a captured <see cref="AsyncContext"/>), restoring the current one after.</summary>
    internal void RunInAsyncContext(object? context, Action action)
    {
        if (context is null)
        {
            action();
            return;
        }
        var outer = AsyncContext;
        AsyncContext = context;
        try
        {
            action();
        }
        finally
        {
            AsyncContext = outer;
        }
    }
}
