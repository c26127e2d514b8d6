using Hatchery.Builtins.WorkerThreads;

namespace Hatchery;

// worker_threads: the workers a runtime started, and, in a worker's runtime, its side of the worker.
public sealed partial class JsRuntime
{
    private WorkerFamily? _family;
    private List<WorkerHost>? _workers;
    private readonly Lock _workersGate = new();

    /// <summary>When this runtime runs a worker's script, its side of the worker: parentPort, workerData, threadId.</summary>
    internal WorkerSide? Worker { get; set; }

    /// <summary>The runtimes this one is related to through workers: its parent's family, or a new one.</summary>
    internal WorkerFamily Family => _family ??= Worker?.Family ?? new WorkerFamily();

    /// <summary>Records a worker this runtime started, until its exit reaches this runtime.</summary>
    internal void AddWorker(WorkerHost worker)
    {
        lock (_workersGate) (_workers ??= []).Add(worker);
    }

    internal void RemoveWorker(WorkerHost worker)
    {
        lock (_workersGate) _workers?.Remove(worker);
    }

    /// <summary>The workers started here whose exit has not reached this runtime yet (tests look at their threads).</summary>
    internal WorkerHost[] RunningWorkers
    {
        get
        {
            lock (_workersGate) return _workers is null ? [] : [.. _workers];
        }
    }

    // A disposed or stopped runtime's workers are terminated; disposal also waits for their threads to end.
    private void TerminateWorkers(bool wait)
    {
        var workers = RunningWorkers;
        foreach (var worker in workers) worker.Terminate();
        if (!wait) return;
        foreach (var worker in workers) worker.WaitForThread();
    }
}
