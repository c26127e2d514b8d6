using Hatchery.Builtins.Messaging;
using Hatchery.Scheduling;

namespace Hatchery.Builtins.WorkerThreads;

/// <summary>
/// The parent's side of one worker: a runtime of the parent's factory running on a script thread of its own, with the
/// parent's limits (see <see cref="Prepare"/>), its console forwarded to the parent's, and a message channel to it.
/// Everything the worker tells the parent (online, output, messages, an uncaught error, exit) is queued on the
/// parent's loop in the one message queue, so it arrives in the order it happened. Created and referenced on the
/// parent's thread; <see cref="Terminate"/> is safe from any thread.
/// </summary>
internal sealed class WorkerHost
{
    private readonly JsRuntime _parent;
    private readonly EventLoop _loop;
    private readonly WorkerEvents _events;
    private readonly CancellationTokenSource _stop;
    private readonly Lock _gate = new();
    private Thread? _thread;
    private volatile bool _terminated;
    private bool _finished;
    private bool _referenced;
    private bool _exited;

    private WorkerHost(JsRuntime parent, WorkerEvents events, int threadId, PortEndpoint parentEnd)
    {
        _parent = parent;
        _loop = parent.Loop;
        _events = events;
        ThreadId = threadId;
        ParentEnd = parentEnd;
        // The parent's tokens (its own and its factory's) stop the worker at once, without waiting for the parent to notice.
        var parentToken = parent.StopToken;
        _stop = parentToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(parentToken) : new CancellationTokenSource();
    }

    /// <summary>The worker's thread id (<c>worker.threadId</c>, its <c>threadId</c>).</summary>
    public int ThreadId { get; }

    /// <summary>The parent's end of the channel to the worker's parentPort.</summary>
    public PortEndpoint ParentEnd { get; }

    /// <summary>The thread the worker's runtime runs on.</summary>
    public Thread WorkerThread => _thread!;

    /// <summary>
    /// Prepares a worker of <paramref name="parent"/>, whose thread <see cref="Launch"/> starts. Its runtime inherits the
    /// parent's limits: the time the parent's run has left now (so a worker never outlives its parent's deadline), the same statement limit and memory limit
    /// (counted for the worker alone), the parent's cancellation, and the factory's modules and trust preset.
    /// </summary>
    public static WorkerHost Prepare(JsRuntime parent, WorkerSpec spec, WorkerEvents events)
    {
        var (parentEnd, workerEnd) = PortEndpoint.Pair();
        var host = new WorkerHost(parent, events, parent.Family.NextThreadId(), parentEnd);
        var limits = (Time: parent.RemainingTime, Statements: parent.StatementLimit, Memory: parent.MemoryLimit);
        host._referenced = true;
        host._loop.BeginHostOperation();
        parent.AddWorker(host);
        host._launch = () => host._thread = ScriptThread.Start(() => host.Run(spec, workerEnd, limits), $"Hatchery worker {host.ThreadId}");
        return host;
    }

    private Action? _launch;

    /// <summary>
    /// Starts the worker's thread, once the parent's end of the channel is listened to: a worker that posts and exits
    /// at once must not have its exit queued before its message is.
    /// </summary>
    public void Launch()
    {
        var launch = _launch;
        _launch = null;
        launch?.Invoke();
    }

    // The worker's thread: its runtime from spawn to disposal; nothing may escape (it would end the process).
    private void Run(WorkerSpec spec, PortEndpoint workerEnd, (TimeSpan? Time, int? Statements, long? Memory) limits)
    {
        _loop.PostMessage(_events.Online);
        var code = 1;
        try
        {
            var output = new ForwardedOutput(_loop, _parent.Output, () => _terminated);
            var runtime = _parent.Factory.NewRuntime(options =>
            {
                options.UseConsole(output).UseEnvironment(spec.Environment).UseBaseDirectory(_parent.BaseDirectory).UseCancellation(_stop.Token);
                if (limits.Time is { } time) options.LimitTime(time);
                if (limits.Statements is { } statements) options.LimitStatements(statements);
                if (limits.Memory is { } memory) options.LimitMemory(memory);
            });
            try
            {
                runtime.Worker = new WorkerSide(workerEnd, spec.WorkerData, spec.EnvironmentData, ThreadId, _parent.Family, ReportError);
                code = spec.IsEval ? runtime.RunEval(spec.Source, ["[worker eval]", .. spec.Arguments]) : runtime.RunMain(spec.Source, spec.Arguments);
            }
            finally
            {
                runtime.Dispose();
            }
        }
#pragma warning disable CA1031 // The last stop on the worker's thread: whatever went wrong becomes the Worker's 'error'.
        catch (Exception e)
#pragma warning restore CA1031
        {
            ReportError(WorkerSide.ErrorText("Error", e.Message, $"Error: {e.Message}"));
        }
        // A terminated worker exits with 1, as in Node, whatever its run returned once stopped.
        if (_terminated) code = 1;
        lock (_gate)
        {
            _finished = true;
            _stop.Dispose();
        }
        _loop.PostMessage(() => Exited(code));
    }

    private void ReportError(string serialised)
    {
        if (!_terminated) _loop.PostMessage(() => _events.Error(serialised));
    }

    // On the parent's loop, after everything the worker sent before it ended.
    private void Exited(int code)
    {
        if (_exited) return;
        _exited = true;
        if (_referenced) _loop.EndHostOperation();
        _parent.RemoveWorker(this);
        _events.Exit(code);
    }

    /// <summary>Whether the worker keeps the parent's loop alive (<c>worker.ref()</c>/<c>unref()</c>); parent's thread only.</summary>
    public void SetReferenced(bool referenced)
    {
        if (_exited || referenced == _referenced) return;
        _referenced = referenced;
        if (referenced) _loop.BeginHostOperation();
        else _loop.EndHostOperation();
    }

    /// <summary>Stops the worker's script wherever it is (<c>worker.terminate()</c>); what it still writes or throws is dropped.</summary>
    public void Terminate()
    {
        _terminated = true;
        lock (_gate)
        {
            if (!_finished) _stop.Cancel();
        }
    }

    /// <summary>Waits (a bounded time) for the worker's thread to end, once <see cref="Terminate"/> has stopped it.</summary>
    public void WaitForThread()
    {
        if (_thread is { } thread && thread != Thread.CurrentThread) thread.Join(TimeSpan.FromSeconds(10));
    }
}
