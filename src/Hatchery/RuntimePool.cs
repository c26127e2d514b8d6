using System.Collections.Concurrent;

namespace Hatchery;

/// <summary>
/// Warm runtimes for trusted code, rented for one use and reset when returned, so a request does not pay for a fresh
/// runtime and its first touch of the built-ins (<see cref="EngineFactory.CreatePool"/>). A reset restores the global
/// scope (Jint's global snapshot) and Hatchery's per-runtime state: the CommonJS module cache, pending timers and jobs,
/// <c>process.env</c>, <c>exitCode</c>, <c>argv</c> and listeners, the console and the working directory. It does
/// <b>not</b> undo changes to built-in prototypes and intrinsics (<c>Array.prototype.x = 1</c>), to built-in modules'
/// exports (<c>require('path').join = …</c>), <c>Symbol.for</c> registrations, ES modules already loaded, native-module
/// state (an open database), or what the host keeps of a runtime's values: one use can see what an earlier one left there.
/// It is a way to reuse the host's own scripts, never an isolation boundary; for scripts you did not write, spawn a fresh
/// runtime per use (docs/embedding.md). Renting and returning are thread-safe; each runtime is used by one renter at a time.
/// A runtime that a limit stopped, that was disposed, that still has host work running, or whose reset failed, is
/// discarded instead of being kept.
/// </summary>
public sealed class RuntimePool : IDisposable
{
    private readonly EngineFactory _factory;
    private readonly Action<RuntimeOptions>? _configure;
    private readonly ConcurrentBag<JsRuntime> _idle = [];
    private int _idleCount;
    private bool _disposed;

    internal RuntimePool(EngineFactory factory, int capacity, Action<RuntimeOptions>? configure)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _factory = factory;
        _configure = configure;
        Capacity = capacity;
    }

    /// <summary>How many idle runtimes the pool keeps at most; more may be rented at once, the extra ones are disposed on return.</summary>
    public int Capacity { get; }

    /// <summary>How many reset runtimes are waiting to be rented.</summary>
    public int IdleCount => Volatile.Read(ref _idleCount);

    /// <summary>How many returned runtimes were discarded instead of kept (stopped by a limit, disposed, busy, or failed to reset).</summary>
    public int DiscardedCount => Volatile.Read(ref _discarded);

    private int _discarded;

    /// <summary>Rents a runtime: an idle one when there is one, otherwise a new one. Dispose the lease to return it.</summary>
    public RuntimeLease Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var runtime))
        {
            Interlocked.Decrement(ref _idleCount);
            return new RuntimeLease(this, runtime);
        }
        runtime = _configure is null ? _factory.NewRuntime() : _factory.NewRuntime(_configure);
        runtime.PrepareForPool();
        return new RuntimeLease(this, runtime);
    }

    /// <summary>Rents a runtime, runs <paramref name="use"/> with it and returns it, even when <paramref name="use"/> throws.</summary>
    public T Run<T>(Func<JsRuntime, T> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        using var lease = Rent();
        return use(lease.Runtime);
    }

    internal void Return(JsRuntime runtime)
    {
        if (!_disposed && runtime.TryResetForPool())
        {
            if (Interlocked.Increment(ref _idleCount) <= Capacity)
            {
                _idle.Add(runtime);
                // A Dispose that ran meanwhile may have missed it.
                if (_disposed) DisposeIdle();
                return;
            }
            Interlocked.Decrement(ref _idleCount);
        }
        else
        {
            Interlocked.Increment(ref _discarded);
        }
        runtime.Dispose();
    }

    /// <summary>Disposes the idle runtimes; runtimes still rented are disposed when returned.</summary>
    public void Dispose()
    {
        _disposed = true;
        DisposeIdle();
    }

    private void DisposeIdle()
    {
        while (_idle.TryTake(out var runtime))
        {
            Interlocked.Decrement(ref _idleCount);
            runtime.Dispose();
        }
    }
}

/// <summary>One rented runtime of a <see cref="RuntimePool"/>; disposing it returns the runtime to the pool, once.</summary>
public sealed class RuntimeLease : IDisposable
{
    private readonly RuntimePool _pool;
    private JsRuntime? _runtime;

    internal RuntimeLease(RuntimePool pool, JsRuntime runtime)
    {
        _pool = pool;
        _runtime = runtime;
    }

    /// <summary>The rented runtime; not to be used, or kept, after the lease is disposed.</summary>
    public JsRuntime Runtime => _runtime ?? throw new ObjectDisposedException(nameof(RuntimeLease), "The runtime was returned to its pool.");

    /// <summary>Returns the runtime to its pool, which resets it (or discards it when it cannot be reused).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _runtime, null) is { } runtime) _pool.Return(runtime);
    }
}
