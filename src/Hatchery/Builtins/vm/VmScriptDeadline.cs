using System.Diagnostics;
using Jint;

namespace Hatchery.Builtins.Vm;

/// <summary>
/// The <c>timeout</c> of a vm run: one constraint shared by every engine whose factory has the vm module, idle (one
/// thread-static read every few statements) until a run with a timeout arms it. Shared, so no engine allocates one; a vm
/// run is synchronous on its thread, so the deadline in force is the thread's. Having a constraint at all still costs a
/// spawn about 2,500 instructions in Jint (callgrind, <c>--drive spawn</c>: 20,970 without, 23,666 with; bare Jint 19,125). Runs nest (a context's
/// code may call vm again), so each arms the earlier of its own deadline and the one in force, and puts back the one it
/// found when it ends; the exception names the run whose deadline passed, so only that run turns it into Node's error.
/// </summary>
internal sealed class VmScriptDeadline : Constraint
{
    /// <summary>The one instance, added to the options of factories that have vm.</summary>
    public static readonly VmScriptDeadline Shared = new();

    // 0 when no vm run with a timeout is in force on this thread.
    [ThreadStatic]
    private static long t_deadline;

    [ThreadStatic]
    private static object? t_owner;

    private VmScriptDeadline()
    {
    }

    public override bool IsAmortizable => true;

    public override void Check()
    {
        var deadline = t_deadline;
        if (deadline != 0 && Stopwatch.GetTimestamp() > deadline) throw new VmTimeoutException(t_owner!);
    }

    // Jint resets constraints on every top-level entry; a vm deadline lasts exactly as long as its run, set and put back by Arm.
    public override void Reset()
    {
    }

    /// <summary>Arms <paramref name="milliseconds"/> from now for <paramref name="owner"/>; returns what to put back with <see cref="Restore"/>.</summary>
    public static (long Deadline, object? Owner) Arm(double milliseconds, object owner)
    {
        var saved = (t_deadline, t_owner);
        var ticks = milliseconds * Stopwatch.Frequency / 1000;
        // Too far to reach is no deadline of its own.
        if (ticks >= long.MaxValue / 4) return saved;
        var deadline = Stopwatch.GetTimestamp() + (long)ticks;
        if (t_deadline == 0 || deadline < t_deadline)
        {
            t_deadline = deadline;
            t_owner = owner;
        }

        return saved;
    }

    /// <summary>Puts back the deadline in force before <see cref="Arm"/>.</summary>
    public static void Restore((long Deadline, object? Owner) saved) => (t_deadline, t_owner) = saved;
}

/// <summary>A vm run's timeout passed; unwinds through script like a limit, and the run that armed it catches it.</summary>
internal sealed class VmTimeoutException(object owner) : Exception("Script execution timed out")
{
    /// <summary>The run whose deadline passed.</summary>
    public object Owner { get; } = owner;
}
