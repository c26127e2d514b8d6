using Hatchery.Builtins.Globals;
using Jint;

namespace Hatchery;

public sealed partial class JsRuntime
{
    // The global surface a pooled runtime returns to, captured once before its first use.
    private GlobalSnapshot? _poolSnapshot;
    private string _poolBaseDirectory = "";

    /// <summary>Whether this runtime belongs to a <see cref="RuntimePool"/> (then disposing it is the pool's business).</summary>
    internal bool IsPooled => _poolSnapshot is not null;

    /// <summary>Makes this runtime ready for a pool: the setup of a first run is done now, and the clean state is captured.</summary>
    internal void PrepareForPool()
    {
        EnsureFirstRunSetup();
        _poolBaseDirectory = BaseDirectory;
        _poolSnapshot = Engine.Advanced.CaptureGlobalSnapshot();
    }

    /// <summary>
    /// Returns a pooled runtime to the state a fresh one of its pool has, as far as that is Hatchery's and the global
    /// scope's: global bindings (Jint's snapshot), the CommonJS module cache, pending timers, immediates, ticks and
    /// promise jobs, <c>process.env</c>, <c>exitCode</c>, <c>argv</c> and listeners, the console's counters and the working
    /// directory. Built-in modules, their exports, prototypes and intrinsics keep what scripts did to them.
    /// False when the runtime cannot be reused (a limit stopped it, it was disposed, host work or a worker is still running, or
    /// resetting failed).
    /// </summary>
    internal bool TryResetForPool()
    {
        if (_disposed || _stoppedBy is not null || _runDepth != 0 || _poolSnapshot is null) return false;
        // Host work still running would post its callbacks into the next use.
        if (_loop is { HasHostOperationsPending: true }) return false;
        // So would a worker still running (an unref'd one does not hold the loop): the runtime is disposed, and it with it.
        if (RunningWorkers.Length > 0) return false;
        try
        {
            Engine.Advanced.RestoreGlobalSnapshot(_poolSnapshot);
            NodeGlobals.Forget(Engine);
            _loop?.Clear();
            if (AsyncContext is not null) AsyncContext = Jint.Native.JsValue.Undefined;
            _modules = null;
            _console = null;
            _consoleConstructor = null;
            _fetch = null;
            _process?.Reset();
            BaseDirectory = _poolBaseDirectory;
            _memoryLimit?.Rebase();
            return true;
        }
        catch (Exception e) when (e is Jint.Runtime.JavaScriptException or InvalidOperationException || ScriptLimitException.KindOf(e) is not null)
        {
            return false;
        }
    }
}
