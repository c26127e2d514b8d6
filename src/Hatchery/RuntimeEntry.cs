using Hatchery.Modules;
using Jint.Runtime;

namespace Hatchery;

/// <summary>
/// The one error boundary between the host and a runtime: every public <see cref="JsRuntime"/> member that runs
/// script enters through <see cref="Run{TState, TResult}"/>, so what reaches the host is a <see cref="ScriptException"/>
/// (a JavaScript error), a <see cref="ScriptLimitException"/> (a limit stopped the script), a
/// <see cref="ProcessExitException"/> (<c>process.exit</c>), or a .NET argument/disposal exception, and never one of
/// Jint's or the module system's internal exceptions. The outermost entry of a host call starts the run's limits
/// (<see cref="JsRuntime.BeginRun"/>), a limit stops the runtime, and a stopped runtime refuses every entry with a
/// <see cref="RuntimeStoppedException"/>. It also records which runtime this thread is running, for
/// the factory-wide pieces (the ES-module loader) that Jint calls without one.
/// </summary>
internal static class RuntimeEntry
{
    [ThreadStatic]
    private static JsRuntime? t_current;

    /// <summary>The runtime whose script this thread is running (the innermost, when one runtime's host code enters another).</summary>
    public static JsRuntime? Current => t_current;

    public static TResult Run<TState, TResult>(JsRuntime runtime, TState state, Func<JsRuntime, TState, TResult> body)
    {
        runtime.BeginRun();
        var outer = t_current;
        t_current = runtime;
        try
        {
            return body(runtime, state);
        }
        catch (Exception e) when (Translate(runtime, e) is { } translated)
        {
            if (translated is ScriptLimitException limit) runtime.Stop(limit.Limit);
            throw translated;
        }
        finally
        {
            t_current = outer;
            runtime.EndRun();
        }
    }

    /// <summary>What the host sees for <paramref name="e"/>, or null when it already is that.</summary>
    public static Exception? Translate(JsRuntime runtime, Exception e) => e switch
    {
        JavaScriptException js => ScriptException.From(js),
        Builtins.Process.UncaughtMicrotaskError microtask => ScriptException.From(microtask.Error),
        ModuleLoadException load => ScriptException.From(load.ToJavaScript(runtime.Engine)),
        _ when StackExhaustion.Is(e) => ScriptException.From(StackExhaustion.ToJavaScript(runtime.Engine, e)),
        _ when ScriptLimitException.KindOf(e) is { } limit => ScriptLimitException.From(limit, e),
        _ => null,
    };
}
