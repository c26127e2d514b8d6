namespace Hatchery.Benchmarks.Support;

/// <summary>
/// Long-lived worker threads that each run the same batch when released, the way a service's request threads
/// stay up between requests. A throughput measurement then pays one wake-up per batch, not a thread-pool
/// hand-off per call (<c>Parallel.For</c> on a short batch mostly measures that hand-off).
/// </summary>
public sealed class WorkerGang : IDisposable
{
    private readonly Thread[] _threads;
    private readonly SemaphoreSlim[] _go;
    private readonly CountdownEvent _done;
    private Action? _batch;
    private Exception? _failure;
    private volatile bool _stopping;

    public WorkerGang(int workers)
    {
        _go = Enumerable.Range(0, workers).Select(_ => new SemaphoreSlim(0)).ToArray();
        _done = new CountdownEvent(workers);
        _threads = Enumerable.Range(0, workers).Select(i => new Thread(() => Work(_go[i])) { IsBackground = true, Name = $"worker {i}" }).ToArray();
        foreach (var thread in _threads) thread.Start();
    }

    /// <summary>Runs <paramref name="batch"/> once on every worker at the same time and waits for all of them.</summary>
    public void RunOnEach(Action batch)
    {
        _batch = batch;
        _done.Reset();
        foreach (var go in _go) go.Release();
        _done.Wait();
        if (_failure is { } failure) throw new InvalidOperationException("a worker's batch failed", failure);
    }

    private void Work(SemaphoreSlim go)
    {
        while (true)
        {
            go.Wait();
            if (_stopping) return;
            try { _batch!(); }
            catch (Exception e) { _failure = e; }
            _done.Signal();
        }
    }

    public void Dispose()
    {
        _stopping = true;
        foreach (var go in _go) go.Release();
        foreach (var thread in _threads) thread.Join();
        foreach (var go in _go) go.Dispose();
        _done.Dispose();
    }
}
