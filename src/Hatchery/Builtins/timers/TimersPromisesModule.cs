using Hatchery.NativeModules;
using Jint.Native.Object;

namespace Hatchery.Builtins.Timers;

/// <summary>Node's <c>timers/promises</c> module (<c>timers.promises.js</c>): promise-returning timers that an <c>AbortSignal</c> can cancel.</summary>
public sealed class TimersPromisesModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "timers/promises";

    /// <inheritdoc />
    public override string Summary => "Promise timers: setTimeout, setImmediate, setInterval (async iterator), scheduler.wait/yield.";

    /// <inheritdoc />
    public override string Documentation => """
        timers/promises — timers as promises, cancellable with an AbortSignal.

        const { setTimeout, setImmediate, setInterval, scheduler } = require('timers/promises');
        const value = await setTimeout(100, 'result', { signal, ref: false });
        await setImmediate('value');
        for await (const tick of setInterval(50, 'tick', { signal })) { ... }
        await scheduler.wait(100, { signal });
        await scheduler.yield();

        Aborting rejects with an AbortError (code 'ABORT_ERR') whose cause is the signal's reason.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "timers.promises.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding) =>
        TimersModule.AddTimerFunctions(context, binding);
}
