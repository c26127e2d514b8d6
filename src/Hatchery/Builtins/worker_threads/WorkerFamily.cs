using Hatchery.Builtins.Messaging;

namespace Hatchery.Builtins.WorkerThreads;

/// <summary>
/// A runtime and the workers it started (and theirs): what they share and unrelated runtimes of the host do not, the
/// BroadcastChannel names and the numbering of thread ids (the first runtime is 0, its first worker 1).
/// </summary>
internal sealed class WorkerFamily
{
    private int _lastThreadId;

    /// <summary>The family's named BroadcastChannels.</summary>
    public BroadcastHub Broadcasts { get; } = new();

    /// <summary>The id of a new worker of the family; safe from any thread.</summary>
    public int NextThreadId() => Interlocked.Increment(ref _lastThreadId);
}
