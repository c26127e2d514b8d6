using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.PerfHooks;

/// <summary>
/// Node's <c>perf_hooks</c> module (<c>perf_hooks.js</c>), the source of the <c>performance</c> global. Its clock is
/// the runtime's event-loop clock, so <c>performance.now()</c> and timer deadlines agree.
/// </summary>
public sealed class PerfHooksModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "perf_hooks";

    /// <inheritdoc />
    public override string Summary => "The performance timeline: performance.now(), timeOrigin, marks and measures.";

    /// <inheritdoc />
    public override string Documentation => """
        perf_hooks: high-resolution timing as Node provides it.
          performance.now(), performance.timeOrigin
          performance.mark(name, { detail, startTime }), performance.measure(name, start, end)
          performance.getEntries(), getEntriesByName(name, type), getEntriesByType(type), clearMarks(), clearMeasures()
        Times are milliseconds since the runtime's event loop started.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "perf_hooks.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding)
    {
        var runtime = context.Runtime;
        var functions = new FunctionBuilder(context.Engine, Name);
        functions.Define(binding, "now", 0, (_, _) => JsNumber.Create(runtime.Loop.Now));
    }
}
