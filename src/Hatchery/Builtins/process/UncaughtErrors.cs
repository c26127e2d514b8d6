using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Promise;
using Jint.Runtime;

namespace Hatchery.Builtins.Process;

/// <summary>
/// Node 20's handling of errors nobody caught: unhandled promise rejections are collected as promise jobs run
/// and, once the microtask queues drain, go to <c>process.on('unhandledRejection')</c> or else become
/// uncaught exceptions; uncaught exceptions go to <c>process.on('uncaughtException')</c> or else end the run.
/// </summary>
internal sealed class UncaughtErrors
{
    private readonly JsRuntime _runtime;
    private readonly List<(JsValue Promise, JsValue Reason)> _pending = [];
    // Rejections already reported as unhandled, and those of them that got a handler since (for 'rejectionHandled').
    private System.Runtime.CompilerServices.ConditionalWeakTable<JsValue, object>? _reported;
    private readonly List<JsValue> _handledLater = [];
    // Errors thrown by queueMicrotask callbacks: a value that is not an error object prints with no source line of its own.
    private System.Runtime.CompilerServices.ConditionalWeakTable<Exception, object?>? _fromMicrotask;

    public UncaughtErrors(JsRuntime runtime)
    {
        _runtime = runtime;
        runtime.Engine.Advanced.PromiseRejectionTracker += OnPromiseRejection;
    }

    public bool HasPending => _pending.Count > 0 || _handledLater.Count > 0;

    private void OnPromiseRejection(object? sender, PromiseRejectionTrackerEventArgs e)
    {
        if (e.Operation == PromiseRejectionOperation.Reject)
        {
            _pending.Add((e.Promise, e.Value ?? JsValue.Undefined));
            return;
        }
        for (var i = 0; i < _pending.Count; i++)
        {
            if (!ReferenceEquals(_pending[i].Promise, e.Promise)) continue;
            _pending.RemoveAt(i);
            return;
        }
        if (_reported is not null && _reported.Remove(e.Promise)) _handledLater.Add(e.Promise);
    }

    /// <summary>Reports rejections still unhandled after the microtask queues drained; returns whether any were.</summary>
    public bool ProcessRejections()
    {
        if (_pending.Count == 0 && _handledLater.Count == 0) return false;
        var handled = _handledLater.ToArray();
        _handledLater.Clear();
        foreach (var promise in handled)
        {
            if (_runtime.ProcessIfCreated is { } process) Guard(() => process.Emit("rejectionHandled", promise));
        }
        var batch = _pending.ToArray();
        _pending.Clear();
        foreach (var (promise, reason) in batch)
        {
            (_reported ??= []).AddOrUpdate(promise, reason);
            var process = _runtime.ProcessIfCreated;
            if (process is not null && process.ListenerCount("unhandledRejection") > 0)
            {
                Guard(() => process.Emit("unhandledRejection", reason, promise));
                continue;
            }
            HandleUncaught(reason is ObjectInstance o && IsErrorLike(o) ? reason : UnhandledRejectionError(reason), "unhandledRejection");
        }
        return true;
    }

    /// <summary>
    /// Runs <paramref name="callback"/>, routing a JavaScript exception it throws through <see cref="HandleUncaught"/>;
    /// false when it threw (and a listener took the error).
    /// </summary>
    public bool Guard(Action callback)
    {
        try
        {
            callback();
            return true;
        }
        catch (JavaScriptException e)
        {
            HandleUncaught(e.Error, "uncaughtException", e);
            return false;
        }
        catch (UncaughtMicrotaskError e)
        {
            // Out of the microtask queue: from here on it is the uncaught error that ends the run.
            throw e.Error;
        }
    }

    /// <summary>
    /// Runs a <c>queueMicrotask</c> callback. As in Node, what it throws is an uncaught exception, not a rejection:
    /// <c>uncaughtException</c> listeners get it at once (and the queue goes on), or the run ends with it.
    /// </summary>
    public void RunMicrotask(Action callback)
    {
        try
        {
            callback();
        }
        catch (JavaScriptException e)
        {
            if (!EmitUncaught(e.Error, "uncaughtException"))
            {
                (_fromMicrotask ??= []).AddOrUpdate(e, null);
                throw new UncaughtMicrotaskError(e);
            }
        }
    }

    /// <summary>Whether <paramref name="error"/> is what a <c>queueMicrotask</c> callback threw (see <see cref="RunMicrotask"/>).</summary>
    public bool IsFromMicrotask(Exception? error) => error is not null && _fromMicrotask is not null && _fromMicrotask.TryGetValue(error, out _);

    /// <summary>
    /// Gives an uncaught error to <c>uncaughtException</c> listeners, or rethrows it to end the run with exit code 1;
    /// a listener that throws ends it with code 7 (<see cref="UncaughtHandlerFailure"/>), as in Node.
    /// </summary>
    public void HandleUncaught(JsValue error, string origin, JavaScriptException? original = null)
    {
        if (EmitUncaught(error, origin)) return;
        if (original is not null) throw original;
        throw new JavaScriptException(error);
    }

    // Gives the error to uncaughtException listeners; false when there are none.
    private bool EmitUncaught(JsValue error, string origin)
    {
        var process = _runtime.ProcessIfCreated;
        if (process is null || process.ListenerCount("uncaughtException") == 0) return false;
        try
        {
            process.Emit("uncaughtException", error, origin);
        }
        catch (JavaScriptException e)
        {
            throw new UncaughtHandlerFailure(e);
        }
        return true;
    }

    // Not a brand check (that is JsErrors.IsError): Node's isErrorLike, which takes anything with a stack as an error.
    private static bool IsErrorLike(ObjectInstance value) =>
        value is Jint.Native.Error.ErrorInstance || value.Get("stack") is JsString;

    // Node wraps a non-Error rejection reason so that the printed error explains where it came from.
    private JsValue UnhandledRejectionError(JsValue reason)
    {
        var engine = _runtime.Engine;
        var described = ReasonString.Of(engine, reason);
        // Raised by the runtime, as Node's comes from its internals: reported without a source line of the script's.
        var error = (ObjectInstance)JsErrors.Throw(engine, "Error",
            "This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). " +
            $"The promise rejected with the reason \"{described}\".", "ERR_UNHANDLED_REJECTION").Error;
        error.Set("name", "UnhandledPromiseRejection");
        return error;
    }
}
