namespace Hatchery;

/// <summary>
/// Thrown inside the engine by Hatchery's own whole-run limits (<see cref="RuntimeDeadline"/>, <see cref="RunStatementBudget"/>,
/// the event loop); the error boundary turns it into a <see cref="ScriptLimitException"/>. Never reaches the host.
/// </summary>
internal sealed class RunLimitExceededException(ScriptLimit limit, string message) : Exception(message)
{
    /// <summary>The limit that was hit.</summary>
    public ScriptLimit Limit { get; } = limit;
}
