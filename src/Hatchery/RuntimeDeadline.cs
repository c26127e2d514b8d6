using System.Diagnostics;
using Jint;

namespace Hatchery;

/// <summary>
/// The time limit and cancellation tokens of one engine: registered as a factory so every engine gets an instance,
/// configured after the engine is built. Unlike Jint's own time constraint it does not rearm on every entry into
/// the engine: <see cref="Begin"/> starts one deadline for a whole host call (<c>RunMain</c> from start to exit,
/// <c>Evaluate</c> with its microtask drain), every engine entry of that call shares it, and the event loop checks
/// it between callbacks and while it waits. Only an entry outside such a call (the host using <see cref="JsRuntime.Engine"/>
/// directly) gets a deadline of its own. It reads a clock and tokens only, so Jint may check it every few statements.
/// </summary>
internal sealed class RuntimeDeadline : Constraint
{
    // Far enough to mean "never" for any budget, near enough that adding it to a timestamp cannot overflow.
    private const long MaxIntervalTicks = long.MaxValue / 4;

    private long _intervalTicks;
    private TimeSpan? _timeout;
    private long _deadline = long.MaxValue;
    private bool _inRun;
    private CancellationToken _factoryToken;
    private CancellationToken _runtimeToken;
    private CancellationTokenSource? _linked;

    public override bool IsAmortizable => true;

    /// <summary>A token signalled when either the factory's or the runtime's token is, for waits that take one token.</summary>
    public CancellationToken Token { get; private set; }

    public void Configure(TimeSpan? timeout, CancellationToken factoryToken, CancellationToken runtimeToken)
    {
        _timeout = timeout;
        _intervalTicks = timeout is { } t ? IntervalTicks(t) : 0;
        _factoryToken = factoryToken;
        _runtimeToken = runtimeToken;
        if (factoryToken.CanBeCanceled && runtimeToken.CanBeCanceled)
        {
            _linked = CancellationTokenSource.CreateLinkedTokenSource(factoryToken, runtimeToken);
            Token = _linked.Token;
        }
        else
        {
            Token = runtimeToken.CanBeCanceled ? runtimeToken : factoryToken;
        }
    }

    // Stopwatch ticks are a whole multiple of TimeSpan ticks where it matters (1 ns on Linux): integer arithmetic then.
    private static long IntervalTicks(TimeSpan timeout)
    {
        if (Stopwatch.Frequency % TimeSpan.TicksPerSecond != 0) return (long)Math.Min(timeout.TotalSeconds * Stopwatch.Frequency, MaxIntervalTicks);
        var scale = Stopwatch.Frequency / TimeSpan.TicksPerSecond;
        return timeout.Ticks > MaxIntervalTicks / scale ? MaxIntervalTicks : timeout.Ticks * scale;
    }

    /// <summary>Starts the deadline of one host call; every entry into the engine until <see cref="End"/> shares it.</summary>
    public void Begin()
    {
        _inRun = true;
        Arm();
    }

    /// <summary>Ends the host call <see cref="Begin"/> started.</summary>
    public void End()
    {
        _inRun = false;
        _deadline = long.MaxValue;
    }

    public override void Check()
    {
        _runtimeToken.ThrowIfCancellationRequested();
        _factoryToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > _deadline) throw Exceeded();
    }

    // Jint resets constraints on every top-level entry; inside a host call the deadline keeps running.
    public override void Reset()
    {
        if (!_inRun) Arm();
    }

    /// <summary>
    /// How long a wait for timers or host work may last: <paramref name="milliseconds"/> (or infinite, -1), cut to
    /// the time left before the deadline, so the loop wakes to stop the run when it passes.
    /// </summary>
    public int BoundWait(int milliseconds)
    {
        if (_deadline == long.MaxValue) return milliseconds;
        var left = (long)Math.Ceiling((_deadline - Stopwatch.GetTimestamp()) * 1000.0 / Stopwatch.Frequency) + 1;
        left = Math.Clamp(left, 0, int.MaxValue);
        return milliseconds < 0 ? (int)left : (int)Math.Min(milliseconds, left);
    }

    /// <summary>
    /// The time this engine's scripts have left: the rest of the current host call's deadline, the whole limit between
    /// calls, or null without a time limit. A worker's runtime gets it as its own limit.
    /// </summary>
    public TimeSpan? Remaining
    {
        get
        {
            if (_timeout is not { } timeout) return null;
            if (_deadline == long.MaxValue) return timeout;
            var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), _deadline);
            return left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1);
        }
    }

    /// <summary>Releases the linked token source, when one was needed.</summary>
    public void Release() => _linked?.Dispose();

    private void Arm() => _deadline = _intervalTicks == 0 ? long.MaxValue : Stopwatch.GetTimestamp() + _intervalTicks;

    private RunLimitExceededException Exceeded() => new(ScriptLimit.Time,
        $"Time limit exceeded: the script ran longer than its limit of {_timeout!.Value.TotalMilliseconds:0.###} ms");
}
