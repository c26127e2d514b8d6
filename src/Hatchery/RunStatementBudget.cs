using Jint;

namespace Hatchery;

/// <summary>
/// The statement limit of one engine, counted across a whole host call as <see cref="RuntimeDeadline"/> times one:
/// Jint's own statement counter starts again at every entry into the engine, so an event loop of short callbacks
/// would never reach it. Counts its own checks, so it is exact (checked before every statement), not amortizable.
/// </summary>
internal sealed class RunStatementBudget : Constraint
{
    private int _limit;
    private int _count;
    private bool _inRun;

    public override bool IsAmortizable => false;

    public void Configure(int limit) => _limit = limit;

    /// <summary>The most statements one host call may execute.</summary>
    public int Limit => _limit;

    /// <summary>Starts counting one host call; every entry into the engine until <see cref="End"/> shares the count.</summary>
    public void Begin()
    {
        _inRun = true;
        _count = 0;
    }

    /// <summary>Ends the host call <see cref="Begin"/> started.</summary>
    public void End() => _inRun = false;

    public override void Check()
    {
        // Once exceeded, every later check fails too: nothing the script catches lets it run on.
        if (++_count > _limit || _count < 0)
        {
            _count = _limit;
            throw new RunLimitExceededException(ScriptLimit.Statements,
                $"Statement limit exceeded: the script executed more than its limit of {_limit} statements");
        }
    }

    public override void Reset()
    {
        if (!_inRun) _count = 0;
    }
}
