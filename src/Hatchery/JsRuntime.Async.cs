using Hatchery.CallLog;
using Hatchery.Interop;
using Hatchery.Modules;
using Hatchery.NativeModules;
using Hatchery.Scheduling;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Hatchery;

// The asynchronous entry points: they drive the event loop until a promise settles or the program ends, and
// await (rather than block on) the loop's waits for timers and host work.
public sealed partial class JsRuntime
{
    /// <summary>
    /// Runs a file as the main module, as <see cref="RunMain"/> does, but waits for timers and host work without
    /// blocking a thread. <paramref name="cancellationToken"/> is observed between callbacks and while waiting; to
    /// stop a script busy in synchronous code, give the runtime a time limit or a token of its own
    /// (<see cref="RuntimeOptions"/>). Cancellation ends in a <see cref="ScriptLimitException"/>.
    /// </summary>
    public Task<int> RunMainAsync(string path, string[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(args);
        if (CallLog is not { } log) return RunMainAsyncEntry(path, args, cancellationToken);
        return Logged(log);

        async Task<int> Logged(RuntimeCallLog log) => Exited(await log.HostAsync("RunMainAsync", path, log.Strings([path, .. args]),
            () => RunMainAsyncEntry(path, args, cancellationToken), static code => code).ConfigureAwait(false));
    }

    private async Task<int> RunMainAsyncEntry(string path, string[] args, CancellationToken cancellationToken)
    {
        BeginRun();
        try
        {
            return await RunMainAsyncCore(path, args, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            EndRun();
        }
    }

    private async Task<int> RunMainAsyncCore(string path, string[] args, CancellationToken cancellationToken)
    {
        Jint.Runtime.Modules.ModuleImportOperation? esMain = null;
        var ended = Enter(() => ExitCodeOf(() =>
        {
            var full = StartMain(path, args);
            Loop.Turn(() =>
            {
                esMain = Modules.RunMain(full);
                Modules.EsModules.ThrowIfFailed(esMain);
            });
            Loop.Turn(Loop.RunMicrotasks);
        }));
        if (ended is { } early) return early;
        while (true)
        {
            var step = LoopStep.Done;
            if (Enter(() => ExitCodeOf(() => step = Loop.Step(emitBeforeExit: true))) is { } code) return code;
            if (step == LoopStep.Done) break;
            await NextAsync(step, cancellationToken).ConfigureAwait(false);
        }
        return Enter(() => ExitCodeOf(() =>
        {
            Modules.EsModules.ThrowIfFailed(esMain);
            Process.EmitExit();
            EsModules.ExitIfUnsettled(esMain, Process);
        })) ?? Process.ExitCode;
    }

    /// <summary>
    /// Evaluates a script, then drives the event loop until the promise it returned settles, and returns the
    /// promise's value (a value that is not a promise is returned at once). A rejection becomes a
    /// <see cref="ScriptException"/>; a promise that can no longer settle, because nothing is left to run,
    /// one too (Node exits with code 13, "unsettled top-level await", there). Cancellation as for <see cref="RunMainAsync"/>.
    /// </summary>
    public Task<JsValue> EvaluateAsync(string code, string fileName = "<eval>", CancellationToken cancellationToken = default) => CallLog is { } log
        ? log.HostAsync("EvaluateAsync", fileName, log.Strings(code), () => EvaluateAsyncCore(code, fileName, cancellationToken), static v => v)
        : EvaluateAsyncCore(code, fileName, cancellationToken);

    private async Task<JsValue> EvaluateAsyncCore(string code, string fileName, CancellationToken cancellationToken)
    {
        BeginRun();
        try
        {
            return await SettleAsync(EvaluateCore(code, fileName), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            EndRun();
        }
    }

    /// <summary>Calls a JavaScript function and settles the promise it returns, as <see cref="EvaluateAsync"/> does.</summary>
    public Task<JsValue> CallAsync(JsValue function, JsValue[] arguments, CancellationToken cancellationToken = default) => CallLog is { } log
        ? log.HostAsync("CallAsync", FunctionName(function), log.Arguments(arguments), () => CallAsyncCore(function, arguments, cancellationToken), static v => v)
        : CallAsyncCore(function, arguments, cancellationToken);

    private async Task<JsValue> CallAsyncCore(JsValue function, JsValue[] arguments, CancellationToken cancellationToken)
    {
        BeginRun();
        try
        {
            return await SettleAsync(CallCore(function, arguments), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            EndRun();
        }
    }

    /// <summary>Disposes the runtime, as <see cref="Dispose"/> does.</summary>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<JsValue> SettleAsync(JsValue value, CancellationToken cancellationToken)
    {
        if (!value.IsPromise()) return value;
        var settlement = Enter(() => Observe(value));
        while (!settlement.IsSettled)
        {
            var step = Enter(() => Loop.Step(emitBeforeExit: false));
            if (settlement.IsSettled) break;
            if (step == LoopStep.Done) throw Enter(Unsettled);
            await NextAsync(step, cancellationToken).ConfigureAwait(false);
        }
        if (settlement.IsRejected) throw ScriptException.From(new JavaScriptException(settlement.Value));
        return settlement.Value;
    }

    // Attaches reactions to the promise (which also marks a rejection as handled: the host takes it).
    private Settlement Observe(JsValue promise)
    {
        var settlement = new Settlement();
        var functions = new FunctionBuilder(Engine, "runtime");
        var onFulfilled = functions.CreateInternal("", 0, (_, args) => settlement.Settle(args.At(0), rejected: false));
        var onRejected = functions.CreateInternal("", 0, (_, args) => settlement.Settle(args.At(0), rejected: true));
        Engine.Invoke(promise.Get("then"), promise, [onFulfilled, onRejected]);
        DrainMicrotasks();
        return settlement;
    }

    private ScriptException Unsettled() => ScriptException.From(new JavaScriptException(JsErrors.Create(Engine, "Error",
        "The promise never settled: nothing is left in the event loop that could settle it (Node exits with code 13, unsettled top-level await)",
        "ERR_UNSETTLED_PROMISE")));

    // Between two steps of the loop: observe cancellation, and wait (without a thread) when nothing is ready. The
    // wait ends early at the run's deadline, which the next step reports. Cancellation stops the runtime.
    private async Task NextAsync(LoopStep step, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (step == LoopStep.Wait) await Loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e)
        {
            Stop(ScriptLimit.Cancelled);
            throw ScriptLimitException.From(ScriptLimit.Cancelled, e);
        }
    }

    private T Enter<T>(Func<T> part) => RuntimeEntry.Run(this, part, static (_, part) => part());

    private sealed class Settlement
    {
        public bool IsSettled { get; private set; }

        public bool IsRejected { get; private set; }

        public JsValue Value { get; private set; } = JsValue.Undefined;

        public JsValue Settle(JsValue value, bool rejected)
        {
            IsSettled = true;
            IsRejected = rejected;
            Value = value;
            return JsValue.Undefined;
        }
    }
}
