using System.Runtime.CompilerServices;
using Acornima.Ast;
using Jint;
using Jint.Native;

namespace Hatchery.Interop;

/// <summary>
/// Evaluates a prepared script from inside a native function (a <c>require</c>, the first touch of a built-in) without
/// running pending promise jobs. Jint's <see cref="Engine.Evaluate(in Prepared{Script})"/> drains the job queue
/// whenever it returns, even when JavaScript is already on the stack, so a module load would run
/// <c>.then</c> callbacks in the middle of synchronous code; Node runs them only once the stack is empty. Jint skips
/// a drain that starts while another is in progress; this marks one as in progress for the evaluation, through
/// <see cref="UnsafeAccessorAttribute"/> accessors to Jint 4.18's event loop (no reflection at run time). Every host
/// entry drains the microtask queues itself afterwards (<c>EventLoop.RunMicrotasks</c>), so nothing is lost.
/// </summary>
internal static class NestedEvaluation
{
    private const string EventLoopType = "Jint.Runtime.EventLoop, Jint";

    /// <summary>Evaluates <paramref name="script"/> and returns its completion value, leaving queued jobs queued.</summary>
    public static JsValue Evaluate(Engine engine, in Prepared<Script> script)
    {
        var loop = EventLoopOf(engine);
        ref var processing = ref IsProcessing(loop);
        var previous = Interlocked.Exchange(ref processing, 1);
        try
        {
            return engine.Evaluate(script);
        }
        finally
        {
            if (previous == 0) Volatile.Write(ref IsProcessing(loop), 0);
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_EventLoop")]
    [return: UnsafeAccessorType(EventLoopType)]
    private static extern object EventLoopOf(Engine engine);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_isProcessing")]
    private static extern ref int IsProcessing([UnsafeAccessorType(EventLoopType)] object loop);
}
