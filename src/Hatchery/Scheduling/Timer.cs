using Jint.Native;

namespace Hatchery.Scheduling;

internal enum TimerKind
{
    Timeout,
    Immediate,
}

internal enum TimerState
{
    Scheduled,
    Fired,
    Cancelled,
}

/// <summary>A scheduled timeout, interval or immediate, and the JavaScript object handed to scripts for it.</summary>
internal sealed class Timer(EventLoop loop, TimerKind kind, JsValue callback, JsValue[] arguments, double delay, bool repeat)
{
    private static int _lastId;

    public EventLoop Loop { get; } = loop;

    public TimerKind Kind { get; } = kind;

    public JsValue Callback { get; } = callback;

    public JsValue[] Arguments { get; } = arguments;

    public double Delay { get; } = delay;

    public bool Repeat { get; } = repeat;

    public int Id { get; } = Interlocked.Increment(ref _lastId);

    public double Due { get; set; }

    /// <summary>The sequence number of the timer's live queue entry; older entries are stale.</summary>
    public long QueuedSequence { get; set; }

    public TimerState State { get; set; }

    public bool IsReferenced { get; set; } = true;

    /// <summary>The async context current when the timer was created, which each of its calls runs under (null: none).</summary>
    public object? Context { get; init; }

    /// <summary>The <c>Timeout</c>/<c>Immediate</c> object scripts see, created with the timer.</summary>
    public JsValue? JsObject { get; set; }
}
