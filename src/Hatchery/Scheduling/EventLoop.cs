using System.Collections.Concurrent;
using System.Diagnostics;
using Hatchery.Builtins.Process;
using Jint;
using Jint.Native;

namespace Hatchery.Scheduling;

/// <summary>
/// One runtime's event loop, in Node's order: expired timers (by deadline, then creation), work posted from
/// other threads, then immediates; after every callback the <c>process.nextTick</c> queue drains, then
/// promise jobs, repeatedly until both are empty. The loop lives while referenced timers, immediates or
/// pending host operations remain.
/// </summary>
internal sealed class EventLoop : IDisposable
{
    private readonly JsRuntime _runtime;
    private readonly Engine _engine;
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly PriorityQueue<Timer, (double Due, long Sequence)> _timers = new();
    private List<Timer> _immediates = [];
    private readonly Queue<(JsValue Callback, JsValue[] Arguments, object? Context)> _nextTicks = new();
    private readonly ConcurrentQueue<Action> _posted = new();
    private readonly ConcurrentQueue<Action> _messages = new();
    private readonly SemaphoreSlim _wakeUp = new(0);
    private Dictionary<int, Timer>? _timersById;
    private long _sequence;
    private int _referenced;
    private int _pendingHostOperations;
    private bool _disposed;
    // The last macrotask ended in an error a listener took, so its nextTick and promise queues may still hold work.
    private bool _interrupted;

    private readonly UncaughtErrors _errors;

    public EventLoop(JsRuntime runtime)
    {
        _runtime = runtime;
        _engine = runtime.Engine;
        _errors = new UncaughtErrors(runtime);
    }

    /// <summary>Routes errors nobody caught as Node does (listeners, or the end of the run).</summary>
    public UncaughtErrors Errors => _errors;

    /// <summary>Milliseconds since the loop started, the clock timers are scheduled on.</summary>
    public double Now => Stopwatch.GetElapsedTime(_start).TotalMilliseconds;

    /// <summary>Whether host work started by scripts (a fetch, a child process, a file read) has not finished yet.</summary>
    public bool HasHostOperationsPending => Volatile.Read(ref _pendingHostOperations) > 0;

    /// <summary>Whether referenced work remains.</summary>
    public bool IsAlive => _referenced > 0 || Volatile.Read(ref _pendingHostOperations) > 0 || !_posted.IsEmpty || !_messages.IsEmpty;

    public Timer AddTimer(JsValue callback, JsValue[] arguments, double delay, bool repeat)
    {
        // Node clamps delays outside 1..2^31-1 ms (including NaN) to 1 ms.
        if (!(delay >= 1 && delay <= int.MaxValue)) delay = 1;
        var timer = new Timer(this, TimerKind.Timeout, callback, arguments, delay, repeat) { Context = _runtime.AsyncContext };
        Schedule(timer);
        _referenced++;
        return timer;
    }

    public Timer AddImmediate(JsValue callback, JsValue[] arguments)
    {
        var timer = new Timer(this, TimerKind.Immediate, callback, arguments, 0, false) { Context = _runtime.AsyncContext };
        _immediates.Add(timer);
        _referenced++;
        return timer;
    }

    public void NextTick(JsValue callback, JsValue[] arguments) => _nextTicks.Enqueue((callback, arguments, _runtime.AsyncContext));

    /// <summary>Queues <paramref name="work"/> to run on the loop's thread; safe to call from any thread.</summary>
    public void Post(Action work)
    {
        if (_disposed) return;
        _posted.Enqueue(work);
        WakeUp();
    }

    /// <summary>
    /// Queues the delivery of one port message; safe to call from any thread. Deliveries run after posted work, each a
    /// macrotask, and only those queued when the phase began: a message sent while they run waits for the next turn of
    /// the loop (after immediates), as in Node, so two ports answering each other cannot starve timers.
    /// </summary>
    public void PostMessage(Action delivery)
    {
        if (_disposed) return;
        _messages.Enqueue(delivery);
        WakeUp();
    }

    /// <summary>The async context current on the loop's thread now, to hand to <see cref="Post(Action, object?)"/> later.</summary>
    public object? CaptureContext() => _runtime.AsyncContext;

    /// <summary>
    /// <see cref="Post(Action)"/> for work that answers a script (a child's output), run under the async context that
    /// script had (<see cref="CaptureContext"/>, taken on the loop's thread); safe to call from any thread.
    /// </summary>
    public void Post(Action work, object? context) =>
        Post(context is null ? work : () => _runtime.RunInAsyncContext(context, work));

    // Other threads may race with Dispose; a loop that is gone needs no waking.
    private void WakeUp()
    {
        try
        {
            _wakeUp.Release();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Keeps the loop alive until the matching <see cref="EndHostOperation"/>.</summary>
    public void BeginHostOperation() => Interlocked.Increment(ref _pendingHostOperations);

    public void EndHostOperation()
    {
        Interlocked.Decrement(ref _pendingHostOperations);
        WakeUp();
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a thread-pool thread, then <paramref name="complete"/> on the loop's thread
    /// with the finished task (its result, or the exception <paramref name="work"/> threw). The loop stays alive
    /// until then. The way for a built-in to do blocking host work (file I/O, hashing, child processes) off the
    /// loop: <paramref name="work"/> must not touch JavaScript values; <paramref name="complete"/> may.
    /// </summary>
    public void RunOffLoop<T>(Func<T> work, Action<Task<T>> complete) => Await(Task.Run(work), complete);

    /// <summary>
    /// Calls <paramref name="complete"/> on the loop's thread once <paramref name="task"/> has finished, keeping the
    /// loop alive until then (a pending host operation).
    /// </summary>
    public void Await<TTask>(TTask task, Action<TTask> complete) where TTask : Task
    {
        BeginHostOperation();
        // The completion answers the script that started the work, so it runs under that script's async context.
        var context = _runtime.AsyncContext;
        void Settle() => Post(() =>
        {
            EndHostOperation();
            if (context is null) complete(task);
            else _runtime.RunInAsyncContext(context, () => complete(task));
        });
        // A finished task is posted at once, so finished work settles in the order it was handed over.
        if (task.IsCompleted) Settle();
        else task.ContinueWith(_ => Settle(), TaskScheduler.Default);
    }

    internal void Cancel(Timer timer)
    {
        if (timer.State != TimerState.Scheduled) return;
        Finish(timer, TimerState.Cancelled);
    }

    private void Finish(Timer timer, TimerState state)
    {
        timer.State = state;
        if (timer.IsReferenced) _referenced--;
        _timersById?.Remove(timer.Id);
    }

    /// <summary>Lets <c>clearTimeout(id)</c> find a timer whose numeric id a script has taken (as Node does on toPrimitive).</summary>
    internal void ExposeId(Timer timer)
    {
        if (timer.State == TimerState.Scheduled) (_timersById ??= [])[timer.Id] = timer;
    }

    internal Timer? FindById(int id) => _timersById is not null && _timersById.TryGetValue(id, out var timer) ? timer : null;

    internal void SetReferenced(Timer timer, bool referenced)
    {
        if (timer.IsReferenced == referenced) return;
        timer.IsReferenced = referenced;
        if (timer.State == TimerState.Scheduled) _referenced += referenced ? 1 : -1;
    }

    internal void Refresh(Timer timer)
    {
        if (timer.Kind != TimerKind.Timeout) return;
        if (timer.State != TimerState.Scheduled)
        {
            timer.State = TimerState.Scheduled;
            if (timer.IsReferenced) _referenced++;
        }
        Schedule(timer);
    }

    private void Schedule(Timer timer)
    {
        // A refreshed timer is queued again under a new sequence number; the stale entry is skipped when popped.
        timer.Due = Now + timer.Delay;
        timer.QueuedSequence = ++_sequence;
        _timers.Enqueue(timer, (timer.Due, timer.QueuedSequence));
    }

    /// <summary>Drains <c>process.nextTick</c> callbacks and promise jobs until both queues are empty.</summary>
    public void RunMicrotasks()
    {
        do
        {
            while (_nextTicks.TryDequeue(out var tick))
            {
                _runtime.CheckRunLimits();
                Call(tick.Context, tick.Callback, JsValue.Undefined, tick.Arguments);
            }
            _engine.Advanced.ProcessTasks();
        }
        while (_nextTicks.Count > 0);
        // Calls that returned a promise are logged once it settles, which a drain is when it can have happened.
        _runtime.CallLog?.SettlePending();
    }

    /// <summary>Runs until no referenced work remains.</summary>
    /// <param name="emitBeforeExit">Emit <c>process</c> <c>beforeExit</c> when the loop empties, as a finishing program does.</param>
    public void Run(bool emitBeforeExit = false)
    {
        // Work left by a macrotask that ended in a caught error waits for the timers phase (see Step), as in Node.
        if (!_interrupted) Turn(RunMicrotasks);
        while (!_disposed)
        {
            var step = Step(emitBeforeExit);
            if (step == LoopStep.Done) break;
            if (step == LoopStep.Wait) _wakeUp.Wait(_runtime.BoundWait(NextWait()), _runtime.StopToken);
        }
    }

    /// <summary>
    /// One pass over the phases: expired timers, posted work, immediates. Says whether the loop is done, has more to
    /// run at once, or must wait for a timer or the host (<see cref="WaitAsync"/>).
    /// </summary>
    public LoopStep Step(bool emitBeforeExit)
    {
        if (_disposed) return LoopStep.Done;
        // Callbacks that run no statements (an empty setInterval) must still meet the run's deadline.
        _runtime.CheckRunLimits();
        RunExpiredTimers();
        // Node drains the queues a caught error interrupted once the timers phase is over, before any other callback.
        if (_interrupted) Turn(RunMicrotasks);
        RunPosted();
        RunMessages();
        RunImmediates();
        if (!IsAlive)
        {
            if (!emitBeforeExit || _runtime.ProcessIfCreated is not { } process) return LoopStep.Done;
            Turn(() => process.EmitBeforeExit());
            return IsAlive ? LoopStep.Continue : LoopStep.Done;
        }
        if (_immediates.Count > 0 || !_posted.IsEmpty || !_messages.IsEmpty) return LoopStep.Continue;
        // About to wait: what the call log holds back for batching goes to its writer now, so a tail sees it.
        _runtime.CallLog?.Flush();
        return LoopStep.Wait;
    }

    /// <summary>
    /// Waits, without blocking a thread, until the next timer is due, the host posts work or the run's deadline
    /// passes; <paramref name="cancellationToken"/> and the runtime's own tokens end the wait with an <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var wait = _runtime.BoundWait(NextWait());
        var stop = _runtime.StopToken;
        if (!stop.CanBeCanceled || !cancellationToken.CanBeCanceled)
        {
            await _wakeUp.WaitAsync(wait, stop.CanBeCanceled ? stop : cancellationToken).ConfigureAwait(false);
            return;
        }
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, cancellationToken);
        await _wakeUp.WaitAsync(wait, either.Token).ConfigureAwait(false);
    }

    /// <summary>
    /// One macrotask: the callback, then the nextTick and promise queues, then unhandled rejections. An error
    /// nobody catches goes to <c>uncaughtException</c> listeners or ends the run.
    /// </summary>
    public void Turn(Action callback)
    {
        _runtime.CheckRunLimits();
        // What a caught error leaves in the queues waits for the next macrotask's drain, as in Node.
        _interrupted = !_errors.Guard(() =>
        {
            callback();
            RunMicrotasks();
        });
        // Rejections too wait for that drain, as Node's processTicksAndRejections never reached them.
        while (!_interrupted && _errors.HasPending)
        {
            _runtime.CheckRunLimits();
            _errors.ProcessRejections();
            _interrupted = !_errors.Guard(RunMicrotasks);
        }
    }

    private void RunExpiredTimers()
    {
        var now = Now;
        while (_timers.TryPeek(out var timer, out var priority) && priority.Due <= now)
        {
            _timers.Dequeue();
            if (timer.State != TimerState.Scheduled || timer.QueuedSequence != priority.Sequence) continue;
            if (timer.Repeat)
            {
                Schedule(timer);
            }
            else
            {
                Finish(timer, TimerState.Fired);
            }
            Turn(() => Call(timer.Context, timer.Callback, timer.JsObject ?? JsValue.Undefined, timer.Arguments));
        }
    }

    private void RunImmediates()
    {
        if (_immediates.Count == 0) return;
        // Immediates queued while these run wait for the next turn, as in Node.
        var batch = _immediates;
        _immediates = [];
        foreach (var immediate in batch)
        {
            if (immediate.State != TimerState.Scheduled) continue;
            Finish(immediate, TimerState.Fired);
            Turn(() => Call(immediate.Context, immediate.Callback, immediate.JsObject ?? JsValue.Undefined, immediate.Arguments));
        }
    }

    // A queued callback runs under the async context captured when it was queued (null: none, nothing to switch).
    private void Call(object? context, JsValue callback, JsValue thisValue, JsValue[] arguments)
    {
        if (context is null)
        {
            _engine.Call(callback, thisValue, arguments);
            return;
        }
        var outer = _runtime.AsyncContext;
        _runtime.AsyncContext = context;
        try
        {
            _engine.Call(callback, thisValue, arguments);
        }
        finally
        {
            _runtime.AsyncContext = outer;
        }
    }

    private void RunPosted()
    {
        while (_posted.TryDequeue(out var work))
        {
            Turn(work);
        }
    }

    private void RunMessages()
    {
        for (var count = _messages.Count; count > 0 && _messages.TryDequeue(out var delivery); count--)
        {
            Turn(delivery);
        }
    }

    // Milliseconds until the first live timer is due, or infinite; stale queue entries are dropped on the way.
    private int NextWait()
    {
        while (_timers.TryPeek(out var timer, out var priority))
        {
            if (timer.State != TimerState.Scheduled || timer.QueuedSequence != priority.Sequence)
            {
                _timers.Dequeue();
                continue;
            }
            return (int)Math.Max(0, Math.Ceiling(priority.Due - Now));
        }
        // Only unreferenced timers left but host work pending: sleep until the host posts or a timer is due.
        return Timeout.Infinite;
    }

    /// <summary>Drops every pending timer, immediate, tick and posted work; the loop stays usable (a pooled runtime's reset).</summary>
    public void Clear()
    {
        _timers.Clear();
        _immediates.Clear();
        _nextTicks.Clear();
        _posted.Clear();
        _messages.Clear();
        _referenced = 0;
    }

    /// <summary>Drops every pending timer, immediate, tick and posted work (a stopped or disposed runtime runs none).</summary>
    public void Dispose()
    {
        _disposed = true;
        _timers.Clear();
        _immediates.Clear();
        _nextTicks.Clear();
        _posted.Clear();
        _messages.Clear();
        _referenced = 0;
        _wakeUp.Dispose();
    }
}
