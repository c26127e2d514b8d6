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

    /// <summary>Runs <paramref name="body"/> on a script thread, or inline when already on one, and returns its result.</summary>
    public static T Run<T>(Func<T> body, int stackSize = DefaultStackSize)
    {
        if (_isScriptThread) return body();
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        Start(() =>
        {
            try
            {
                result = body();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, "Hatchery script", stackSize).Join();
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
}
