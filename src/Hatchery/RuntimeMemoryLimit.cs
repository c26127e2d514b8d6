using Jint;

namespace Hatchery;

/// <summary>
/// The memory limit of one engine, over the runtime's whole life rather than one call: how far the live managed heap
/// has grown since the runtime was spawned, attributed to it. Jint's own memory constraint counts the bytes allocated
/// during one entry into the engine, so a script that keeps what it allocates across many callbacks never reaches it,
/// while a loop that allocates and drops small objects does. Here the bytes the runtime's thread allocates are only the
/// trigger: each time they reach the headroom left under the limit (never less than <see cref="MinimumStep"/>) the
/// process's managed heap is read, and when that has grown past the limit, a full blocking collection decides. What
/// counts is the smaller of the heap's growth after that collection and all the runtime has allocated, so a runtime
/// that allocated little is never blamed for what other threads keep. Checked before every statement (reading a
/// per-thread counter) and by the event loop between callbacks, and asked before large allocations Hatchery makes.
/// </summary>
internal sealed class RuntimeMemoryLimit : Constraint
{
    private long _limit;
    private long _minimumStep;
    private long _baseline;
    private int _threadId;
    private long _threadMark;
    private long _allocated;
    private long _sinceMeasure;
    private long _nextMeasure;
    private long _growth;
    private bool _exceeded;

    /// <summary>The smallest allocation between two heap readings: a runtime near its limit does not collect at every statement.</summary>
    public long MinimumStep => _minimumStep;

    /// <summary>The limit, in bytes.</summary>
    public long Limit => _limit;

    public override bool IsAmortizable => false;

    /// <summary>Sets the limit and takes the heap's size now as the runtime's starting point.</summary>
    public void Configure(long bytes)
    {
        _limit = bytes;
        _minimumStep = Math.Max(bytes / 16, 256 * 1024);
        _nextMeasure = bytes;
        _baseline = GC.GetTotalMemory(false);
        _threadId = Environment.CurrentManagedThreadId;
        _threadMark = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>Starts the count again from the heap's size now, with the same limit (a pooled runtime's reset).</summary>
    public void Rebase()
    {
        _allocated = 0;
        _sinceMeasure = 0;
        _growth = 0;
        Configure(_limit);
    }

    public override void Check()
    {
        if (_exceeded) throw Exceeded();
        var now = GC.GetAllocatedBytesForCurrentThread();
        var thread = Environment.CurrentManagedThreadId;
        if (thread != _threadId)
        {
            // A run continued on another thread (an async host call): its counter starts from here.
            _threadId = thread;
            _threadMark = now;
            return;
        }
        var spent = now - _threadMark;
        _threadMark = now;
        _allocated += spent;
        _sinceMeasure += spent;
        if (_sinceMeasure >= _nextMeasure) Measure();
    }

    /// <summary>
    /// Refuses, before it is made, an allocation of <paramref name="bytes"/> that would take the runtime past its limit
    /// even if nothing else it holds were live; Hatchery's own large allocations (Buffer) ask first.
    /// </summary>
    public void Reserve(long bytes)
    {
        Check();
        if (bytes < _minimumStep) return;
        if (Math.Max(_growth, 0) + bytes > _limit)
        {
            Measure();
            if (Math.Max(_growth, 0) + bytes > _limit)
            {
                _exceeded = true;
                throw new RunLimitExceededException(ScriptLimit.Memory,
                    $"Memory limit exceeded: an allocation of {bytes} bytes would take the runtime past its limit of {_limit} bytes ({Math.Max(_growth, 0)} in use)");
            }
        }
    }

    // The limit spans the runtime's life: nothing restarts it.
    public override void Reset()
    {
    }

    private void Measure()
    {
        _sinceMeasure = 0;
        _growth = Math.Min(HeapGrowth(), _allocated);
        if (_growth > _limit)
        {
            // Garbage counts until collected: collect, then look again.
            GC.Collect();
            _growth = Math.Min(HeapGrowth(), _allocated);
            if (_growth > _limit)
            {
                _exceeded = true;
                throw Exceeded();
            }
        }
        _nextMeasure = Math.Max(_limit - Math.Max(_growth, 0), _minimumStep);
    }

    // The heap's growth since the baseline. A heap below the baseline means garbage or memory of others, counted in the
    // baseline at spawn, has since been released: growth then counts from here, or it would stay hidden under that gap.
    private long HeapGrowth()
    {
        var heap = GC.GetTotalMemory(false);
        if (heap < _baseline) _baseline = heap;
        return heap - _baseline;
    }

    private RunLimitExceededException Exceeded() => new(ScriptLimit.Memory,
        $"Memory limit exceeded: the runtime holds {_growth} bytes, more than its limit of {_limit} bytes");
}
