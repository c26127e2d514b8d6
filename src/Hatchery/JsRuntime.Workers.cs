using Hatchery.Builtins.WorkerThreads;

namespace Hatchery;

// worker_threads: the workers a runtime started, and, in a worker's runtime, its side of the worker.
public sealed partial class JsRuntime
{
    private WorkerFamily? _family;
    // Made by the first Worker and locked itself: a runtime that starts none pays nothing for it at spawn.
    private List<WorkerHost>? _workers;

    /// <summary>When this runtime runs a worker's script, its side of the worker: parentPort, workerData, threadId.</summary>
    internal WorkerSide? Worker { get; set; }

    /// <summary>The runtimes this one is related to through workers: its parent's family, or a new one.</summary>
    internal WorkerFamily Family => _family ??= Worker?.Family ?? new WorkerFamily();

    /// <summary>Records a worker this runtime started, until its exit reaches this runtime.</summary>
    internal void AddWorker(WorkerHost worker)
    {
        var workers = _workers ?? Interlocked.CompareExchange(ref _workers, [], null) ?? _workers;
        lock (workers) workers.Add(worker);
    }

    internal void RemoveWorker(WorkerHost worker)
    {
        if (Volatile.Read(ref _workers) is not { } workers) return;
        lock (workers) workers.Remove(worker);
    }

    /// <summary>The workers started here whose exit has not reached this runtime yet (tests look at their threads).</summary>
    internal WorkerHost[] RunningWorkers
    {
        get
        {
            if (Volatile.Read(ref _workers) is not { } workers) return [];
            lock (workers) return [.. workers];
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
