namespace Hatchery;

// The whole-run limits: a host call (RunMain, RunEval, Evaluate, Call, Require, the async members) is one run, with
// one deadline and one statement count shared by every entry into the engine it makes and by the event loop. A limit
// or cancellation stops the runtime for good.
public sealed partial class JsRuntime
{
    private RuntimeDeadline? _deadline;
    private RunStatementBudget? _statementBudget;
    private RuntimeMemoryLimit? _memoryLimit;
    private int _runDepth;
    // Whether script has run here yet: setup that only a run needs is deferred to the first one.
    private bool _hasRun;
    private ScriptLimit? _stoppedBy;

    // Called once the engine exists: the constraints CreateEngine configured, if this runtime has any.
    private void FindRunLimits()
    {
        _deadline = Engine.Constraints.Find<RuntimeDeadline>();
        _statementBudget = Engine.Constraints.Find<RunStatementBudget>();
        _memoryLimit = Engine.Constraints.Find<RuntimeMemoryLimit>();
    }

    /// <summary>The limit that stopped this runtime, or null while it can still run script.</summary>
    public ScriptLimit? StoppedBy => _stoppedBy;

    /// <summary>Starts a run, or joins the one in progress (a host call made from inside another); see <see cref="EndRun"/>.</summary>
    internal void BeginRun()
    {
        ThrowIfDisposed();
        if (_stoppedBy is { } limit) throw new RuntimeStoppedException(limit);
        if (_runDepth++ > 0) return;
        EnsureFirstRunSetup();
        _deadline?.Begin();
        _statementBudget?.Begin();
    }

    /// <summary>Whether a time limit (or cancellation) bounds this runtime's runs.</summary>
    internal bool HasTimeLimit => _deadline is not null;

    // Setup only a run needs, deferred from spawn to the first run.
    private void EnsureFirstRunSetup()
    {
        if (_hasRun) return;
        _hasRun = true;
        Builtins.Globals.JsonParseAnyDepth.Install(Engine);
        // Only where a time limit must hold: it costs a first run about 4,000 instructions (Function.prototype's layout).
        if (_deadline is not null) Builtins.Globals.FunctionConstructorGuard.Install(Engine);
        Builtins.Globals.ErrorStackTraces.Install(Engine);
        Builtins.Globals.NumberRadixString.Install(Engine);
        if (_deadline is not null || _memoryLimit is not null) Builtins.Globals.LargeStringGuard.Install(this, _memoryLimit is not null, Engine.Global);
    }

    /// <summary>
    /// Guards a vm context's realm, whose setup code is running, before its first script: the function constructors
    /// always (a vm <c>timeout</c> bounds a context even in a runtime without limits), the large-string guards under
    /// the same limits as the main realm's.
    /// </summary>
    internal void GuardContextRealm(Jint.Native.Object.ObjectInstance global)
    {
        Builtins.Globals.FunctionConstructorGuard.InstallInRunningRealm(Engine, global);
        if (_deadline is not null || _memoryLimit is not null) Builtins.Globals.LargeStringGuard.Install(this, _memoryLimit is not null, global);
    }

    internal void EndRun()
    {
        if (--_runDepth > 0) return;
        _deadline?.End();
        _statementBudget?.End();
    }

    /// <summary>Stops the runtime after <paramref name="limit"/>: pending timers, immediates, ticks and host work are dropped.</summary>
    internal void Stop(ScriptLimit limit)
    {
        _stoppedBy ??= limit;
        _loop?.Dispose();
        TerminateWorkers(wait: false);
    }

    /// <summary>Throws if the run's deadline has passed, a token was cancelled or the memory limit is exceeded; the event loop calls it between callbacks.</summary>
    internal void CheckRunLimits()
    {
        _deadline?.Check();
        _memoryLimit?.Check();
    }

    /// <summary>
    /// Throws the memory limit's error when allocating <paramref name="bytes"/> would take this runtime past its memory
    /// limit; Hatchery's own large allocations ask before they are made.
    /// </summary>
    internal void ReserveMemory(long bytes) => _memoryLimit?.Reserve(bytes);

    /// <summary>This runtime's memory limit in bytes, or null without one: a cap for work done off the loop, which cannot ask.</summary>
    internal long? MemoryLimit => _memoryLimit?.Limit;

    /// <summary>The time this runtime's scripts have left (see <see cref="RuntimeDeadline.Remaining"/>), or null without a time limit.</summary>
    internal TimeSpan? RemainingTime => _deadline?.Remaining;

    /// <summary>This runtime's statement limit per host call, or null without one.</summary>
    internal int? StatementLimit => _statementBudget?.Limit;

    /// <summary>How long the event loop may wait (milliseconds, -1 for ever) before it must check the deadline again.</summary>
    internal int BoundWait(int milliseconds) => _deadline?.BoundWait(milliseconds) ?? milliseconds;

    /// <summary>The tokens that stop this runtime, as one, for the event loop's waits.</summary>
    internal CancellationToken StopToken => _deadline?.Token ?? default;
}
