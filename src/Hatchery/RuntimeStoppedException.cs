namespace Hatchery;

/// <summary>
/// A call into a runtime that an execution limit or a cancellation has already stopped. A stopped runtime has
/// dropped its timers, immediates and pending jobs and runs no more script; dispose it and spawn a fresh one.
/// Other runtimes of the same factory are not affected.
/// </summary>
public sealed class RuntimeStoppedException : InvalidOperationException
{
    internal RuntimeStoppedException(ScriptLimit limit)
        : base($"The runtime was stopped by its {ScriptLimitException.Describe(limit)} and runs no more script; spawn a new runtime.")
    {
        Limit = limit;
    }

    /// <summary>The limit that stopped the runtime.</summary>
    public ScriptLimit Limit { get; }
}
