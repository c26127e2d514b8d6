using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;

namespace Hatchery;

/// <summary>
/// Runs a whole script run (a main module, <c>-e</c> code, an event loop) on a thread whose stack is large
/// and known, so that recursion as deep as Node allows fits, and so that the engine's stack guard has the
/// same room to work with whichever thread the host called from (a thread-pool thread has about 1.5 MB).
/// </summary>
internal static class ScriptThread
{
    /// <summary>
    /// The stack a script thread gets: room for about 10,000 frames of a simple recursive function, as in Node.
    /// Not more: a runaway recursion fills the whole stack before it fails, and the collector scans every frame of
    /// it, so stopping one costs about the square of the depth (measured: 0.2 s at 2 MB, 1.2 s at 16 MB, 10 s at 64 MB).
    /// </summary>
    public const int DefaultStackSize = 20 * 1024 * 1024;

    [ThreadStatic] private static bool _isScriptThread;

    /// <summary>
    /// Runs <paramref name="body"/> on a script thread, or inline when already on one, and returns its result. A run of
    /// the default stack size takes an idle thread that an earlier run finished on (<see cref="IdleThread"/>): a new
    /// thread costs about as much as the rest of a small run (measured in docs/perf.md).
    /// </summary>
    public static T Run<T>(Func<T> body, int stackSize = DefaultStackSize)
    {
        if (_isScriptThread) return body();
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        void Work()
        {
            try
            {
                result = body();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }
        if (stackSize == DefaultStackSize) IdleThread.Run(Work);
        else Start(Work, "Hatchery script", stackSize).Join();
        failure?.Throw();
        return result;
    }

    /// <summary>
    /// Starts <paramref name="body"/> on a new script thread and returns without waiting (<see cref="Run{T}"/> waits;
    /// a worker's runtime runs there for its whole life). <paramref name="body"/>
    /// must catch its own exceptions (one escaping would end the process).
    /// </summary>
    public static Thread Start(Action body, string name, int stackSize = DefaultStackSize)
    {
        // The script sees the caller's culture, as it would have on the caller's own thread.
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        var thread = new Thread(() =>
        {
            _isScriptThread = true;
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            body();
        }, stackSize)
        {
            Name = name,
            IsBackground = true,
        };
        thread.Start();
        return thread;
    }

    /// <summary>Runs <paramref name="body"/> on a script thread, or inline when already on one.</summary>
    public static void Run(Action body, int stackSize = DefaultStackSize) =>
        Run<object?>(() =>
        {
            body();
            return null;
        }, stackSize);

    /// <summary>
    /// A script thread of the default stack size kept between runs. After a run it waits for the next one, and ends when
    /// none comes for <see cref="IdleLifetime"/>; at most <see cref="MaxIdle"/> wait at once (a thread that ran a deep
    /// recursion keeps the stack pages it touched, so idle threads are few and short-lived). Each run gets the caller's
    /// execution context (its culture, its <c>AsyncLocal</c> values), as a new thread would have captured it.
    /// </summary>
    private sealed class IdleThread
    {
        private static readonly TimeSpan IdleLifetime = TimeSpan.FromSeconds(10);
        private static readonly int MaxIdle = Math.Max(2, Environment.ProcessorCount);
        private static readonly ConcurrentStack<IdleThread> Idle = new();

        private readonly object _gate = new();
        private Action? _work;
        private ExecutionContext? _context;
        private long _handed;
        private long _finished;
        // 0 idle, 1 claimed by a caller, 2 ended: a caller and the thread's own idle timeout race for an idle thread.
        private int _state;

        public static void Run(Action body)
        {
            // As Start: the script sees the caller's culture, whatever the thread's last run set.
            var culture = CultureInfo.CurrentCulture;
            var uiCulture = CultureInfo.CurrentUICulture;
            void Work()
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = uiCulture;
                body();
            }
            var work = (Action)Work;
            while (Idle.TryPop(out var idle))
            {
                if (Interlocked.CompareExchange(ref idle._state, 1, 0) == 0)
                {
                    idle.Hand(work);
                    return;
                }
            }
            var thread = new IdleThread { _state = 1 };
            Start(thread.Loop, "Hatchery script");
            thread.Hand(work);
        }

        // Gives the thread its run and waits for that run (and not another) to finish.
        private void Hand(Action work)
        {
            lock (_gate)
            {
                _context = ExecutionContext.Capture();
                _work = work;
                var ticket = ++_handed;
                Monitor.PulseAll(_gate);
                while (_finished < ticket) Monitor.Wait(_gate);
            }
        }

        private void Loop()
        {
            while (TakeWork() is var (work, context))
            {
                if (context is null) work();
                else ExecutionContext.Run(context, static w => ((Action)w!)(), work);
                lock (_gate)
                {
                    _finished++;
                    Monitor.PulseAll(_gate);
                }
                if (Idle.Count >= MaxIdle) return;
                Volatile.Write(ref _state, 0);
                Idle.Push(this);
            }
        }

        // The next run, or null when none was handed within the idle lifetime and no caller has claimed the thread.
        private (Action Work, ExecutionContext? Context)? TakeWork()
        {
            lock (_gate)
            {
                while (_work is null)
                {
                    if (!Monitor.Wait(_gate, IdleLifetime) && _work is null && Interlocked.CompareExchange(ref _state, 2, 0) == 0) return null;
                }
                var taken = (_work, _context);
                _work = null;
                _context = null;
                return taken;
            }
        }
    }
}
