using System.Diagnostics;
using Jint;

namespace Hatchery;

/// <summary>
/// The time limit and cancellation of one engine whose runtime chose its own (<see cref="RuntimeOptions"/>), where
/// the factory's shared Jint options cannot: registered as a factory so every engine gets an instance, configured
/// after the engine is built. Like Jint's own time constraint it rearms on every entry into the engine, and it
/// only reads a clock and tokens, so Jint may check it every few statements.
/// </summary>
internal sealed class RuntimeDeadline : Constraint
{
    private long _intervalTicks;
    private long _deadline = long.MaxValue;
    private CancellationToken _factoryToken;
    private CancellationToken _runtimeToken;

    public override bool IsAmortizable => true;

    public void Configure(TimeSpan? timeout, CancellationToken factoryToken, CancellationToken runtimeToken)
    {
        _intervalTicks = timeout is { } t ? (long)(t.TotalSeconds * Stopwatch.Frequency) : 0;
        _factoryToken = factoryToken;
        _runtimeToken = runtimeToken;
    }

    public override void Check()
    {
        _runtimeToken.ThrowIfCancellationRequested();
        _factoryToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > _deadline) throw new TimeoutException("The operation has timed out.");
    }

    public override void Reset() =>
        _deadline = _intervalTicks == 0 ? long.MaxValue : Stopwatch.GetTimestamp() + _intervalTicks;
}
