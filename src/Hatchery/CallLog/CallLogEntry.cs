using System.Diagnostics;

namespace Hatchery.CallLog;

/// <summary>What an entry on the writer's queue is.</summary>
internal enum CallLogEntryKind : byte
{
    /// <summary>One call: a row of <c>calls</c>.</summary>
    Call,

    /// <summary>A runtime made its first call: its row of <c>runtimes</c>, without an end yet.</summary>
    RuntimeStarted,

    /// <summary>A runtime was disposed: its row of <c>runtimes</c>, complete.</summary>
    RuntimeEnded,

    /// <summary>No row: completes <see cref="CallLogEntry.Flushed"/> once everything queued before it is committed.</summary>
    Flush,
}

/// <summary>
/// One entry handed from a runtime to its database's writer: everything it holds is a .NET value (JavaScript values
/// are encoded on the runtime's thread), so the writer can store it on its own thread.
/// </summary>
internal sealed class CallLogEntry
{
    public CallLogEntryKind Kind;
    public RuntimeCallLog? Owner;
    public long Timestamp;
    public bool HostToJs;
    public string Module = "";
    public string Function = "";
    public string Arguments = "[]";
    public string? Result;
    public long DurationTicks;
    public string? ErrorName;
    public string? ErrorMessage;
    public long EndTimestamp;
    public int? ExitCode;
    public long Dropped;
    public TaskCompletionSource? Flushed;
}

/// <summary>Wall-clock UTC for <see cref="Stopwatch"/> timestamps: one clock read per call serves both its time and its duration.</summary>
internal static class CallClock
{
    private static readonly long AnchorTicks = DateTime.UtcNow.Ticks;
    private static readonly long AnchorTimestamp = Stopwatch.GetTimestamp();

    /// <summary>The UTC time of <paramref name="timestamp"/> as ISO 8601 with microseconds, as the database stores it.</summary>
    public static string Text(long timestamp)
    {
        // "O" has a fast path and gives seven fractional digits: the seventh (100 ns) is dropped.
        Span<char> text = stackalloc char[32];
        new DateTime(AnchorTicks + Ticks(timestamp - AnchorTimestamp), DateTimeKind.Utc).TryFormat(text, out var length, "O", System.Globalization.CultureInfo.InvariantCulture);
        return string.Concat(text[..(length - 2)], "Z");
    }

    /// <summary>Microseconds in <paramref name="elapsed"/> stopwatch ticks.</summary>
    public static long Microseconds(long elapsed) => Ticks(elapsed) / 10;

    private static long Ticks(long elapsed) => (long)(elapsed * (10_000_000.0 / Stopwatch.Frequency));
}
