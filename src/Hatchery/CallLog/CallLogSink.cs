namespace Hatchery.CallLog;

/// <summary>
/// Where a factory's (or one runtime's) call log goes: the process's writer of the database file, and the id the
/// <c>runtimes</c> table gives the factory. Opening one opens the database, so a bad path fails here, at creation.
/// </summary>
internal sealed class CallLogSink
{
    private static readonly string ProcessTag = Convert.ToHexString(BitConverter.GetBytes(Random.Shared.NextInt64()))[..8].ToLowerInvariant();
    private static long s_factories;
    private static long s_runtimes;

    public CallLogSink(CallLogSettings settings)
    {
        Writer = CallLogWriter.For(settings);
        MaxValueSize = settings.MaxValueSize;
        FactoryId = $"{ProcessTag}-f{Interlocked.Increment(ref s_factories)}";
    }

    public CallLogWriter Writer { get; }

    /// <summary>This configuration's value-size limit (the writer's queue settings are the file's).</summary>
    public int MaxValueSize { get; }

    /// <summary>The factory's id in <c>runtimes.factory</c>: unique across processes that share the file.</summary>
    public string FactoryId { get; }

    /// <summary>A fresh runtime id, unique across processes that share the file.</summary>
    public static string NextRuntimeId() => $"{ProcessTag}-{Interlocked.Increment(ref s_runtimes)}";
}
