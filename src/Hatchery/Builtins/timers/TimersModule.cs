using Hatchery.NativeModules;
using Jint.Native.Object;

namespace Hatchery.Builtins.Timers;

/// <summary>
/// Node's <c>timers</c> module (<c>timers.js</c>): the runtime's own timer functions, the very objects its globals
/// start as, so <c>require('timers').setTimeout === setTimeout</c> holds and a script that replaces a global does
/// not change the module.
/// </summary>
public sealed class TimersModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "timers";

    /// <inheritdoc />
    public override string Summary => "setTimeout, setInterval, setImmediate and their clear* functions; timers.promises.";

    /// <inheritdoc />
    public override string Documentation => """
        timers — the timer functions, also available as globals.

        const { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate } = require('timers');
        const handle = setTimeout(() => console.log('later'), 100);
        handle.unref();          // does not keep the runtime alive
        clearTimeout(handle);

        timers.promises is the timers/promises module.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "timers.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding) => AddTimerFunctions(context, binding);

    /// <summary>Puts the runtime's timer functions on a module's binding object.</summary>
    internal static void AddTimerFunctions(NativeModuleContext context, ObjectInstance binding)
    {
        var timers = context.Runtime.Timers;
        binding.Set("setTimeout", timers.SetTimeout);
        binding.Set("clearTimeout", timers.ClearTimeout);
        binding.Set("setInterval", timers.SetInterval);
        binding.Set("clearInterval", timers.ClearInterval);
        binding.Set("setImmediate", timers.SetImmediate);
        binding.Set("clearImmediate", timers.ClearImmediate);
    }
}
