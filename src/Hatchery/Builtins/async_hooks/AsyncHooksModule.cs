using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.AsyncHooks;

/// <summary>
/// Node's <c>async_hooks</c> module (<c>async_hooks.js</c>): <c>AsyncLocalStorage</c> and <c>AsyncResource</c>, whose
/// context the event loop and promise jobs carry (<see cref="JsRuntime.AsyncContext"/>), and a lifecycle-free <c>createHook</c>.
/// </summary>
public sealed class AsyncHooksModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "async_hooks";

    /// <inheritdoc />
    public override string Summary => "AsyncLocalStorage and AsyncResource: context that follows callbacks, timers and promises.";

    /// <inheritdoc />
    public override string Documentation => """
        async_hooks — context that follows asynchronous work.

        AsyncLocalStorage: run(store, fn, ...args), exit(fn, ...args), getStore(), enterWith(store), disable(),
        and the static bind(fn) and snapshot(). A store set by run or enterWith is seen by everything that code
        queues, as in Node: setTimeout/setInterval/setImmediate callbacks, process.nextTick, queueMicrotask,
        promise reactions (then/catch/finally) and the code after an await, and the callbacks of host work
        (fs, fetch, crypto, child_process, exec). EventEmitter listeners run in the context of whoever emits,
        as in Node.

        AsyncResource(type[, { triggerAsyncId }]): runInAsyncScope(fn, thisArg, ...args) runs fn in the
        context the resource was created in; bind(fn[, thisArg]), static bind(fn[, type, thisArg]),
        asyncId(), triggerAsyncId(), emitDestroy().

        executionAsyncId() is the asyncId of the AsyncResource whose runInAsyncScope is running, else 1;
        triggerAsyncId() likewise its triggerAsyncId, else 0: only AsyncResource objects have ids, where Node
        numbers every timer, promise and handle. executionAsyncResource() returns one object for the whole
        runtime. createHook(callbacks) checks its callbacks and returns a hook whose enable() and disable()
        return it, but the callbacks are never called: there is no per-resource lifecycle to report.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "async_hooks.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding)
    {
        var runtime = context.Runtime;
        var functions = new FunctionBuilder(context.Engine, Name);
        functions.Define(binding, "enable", 0, (_, _) =>
        {
            runtime.EnableAsyncContext();
            return JsValue.Undefined;
        });
        functions.Define(binding, "frame", 0, (_, _) => runtime.AsyncContext as JsValue ?? JsValue.Undefined);
        functions.Define(binding, "setFrame", 1, (_, arguments) =>
        {
            // Before enable() there is nothing to carry, and null must keep meaning so.
            if (runtime.AsyncContext is not null) runtime.AsyncContext = arguments.Length > 0 ? arguments[0] : JsValue.Undefined;
            return JsValue.Undefined;
        });
    }
}
