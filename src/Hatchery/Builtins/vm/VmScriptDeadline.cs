using System.Diagnostics;
using Jint;

namespace Hatchery.Builtins.Vm;

/// <summary>
/// The <c>timeout</c> of a vm run: a constraint of every engine whose factory has the vm module, idle (one comparison
/// every few statements) until a run with a timeout arms it. Runs nest (a context's code may call vm again), so each
/// arms the earlier of its own deadline and the one in force, and puts back the one it found when it ends; the
/// exception names the run whose deadline passed, so only that run turns it into Node's error.
/// </summary>
internal sealed class VmScriptDeadline : Constraint
{
    private long _deadline = long.MaxValue;
    private object? _owner;

    public override bool IsAmortizable => true;

    public override void Check()
    {
        if (_deadline != long.MaxValue && Stopwatch.GetTimestamp() > _deadline) throw new VmTimeoutException(_owner!);
    }

    // Jint resets constraints on every top-level entry; a vm deadline lasts exactly as long as its run, set and put back by Arm.
    public override void Reset()
    {
    }

    /// <summary>Arms <paramref name="milliseconds"/> from now for <paramref name="owner"/>; returns what to put back with <see cref="Restore"/>.</summary>
    public (long Deadline, object? Owner) Arm(double milliseconds, object owner)
    {
        var saved = (_deadline, _owner);
        var ticks = milliseconds * Stopwatch.Frequency / 1000;
        var deadline = ticks >= long.MaxValue / 4 ? long.MaxValue : Stopwatch.GetTimestamp() + (long)ticks;
        if (deadline < _deadline)
        {
            _deadline = deadline;
            _owner = owner;
        }

        return saved;
    }

    /// <summary>Puts back the deadline in force before <see cref="Arm"/>.</summary>
    public void Restore((long Deadline, object? Owner) saved) => (_deadline, _owner) = saved;
}

/// <summary>A vm run's timeout passed; unwinds through script like a limit, and the run that armed it catches it.</summary>
internal sealed class VmTimeoutException(object owner) : Exception("Script execution timed out")
{
    /// <summary>The run whose deadline passed.</summary>
    public object Owner { get; } = owner;
}
