namespace Hatchery.Scheduling;

/// <summary>What one pass of the <see cref="EventLoop"/> left to do.</summary>
internal enum LoopStep
{
    /// <summary>No referenced work remains.</summary>
    Done,

    /// <summary>More work is ready now.</summary>
    Continue,

    /// <summary>Work remains but none is ready: wait for a timer or the host.</summary>
    Wait,
}
