namespace Hatchery.CallLog;

/// <summary>What a call log does when its queue is full because the writer is behind.</summary>
public enum CallLogOverflow
{
    /// <summary>The calling runtime waits until the writer has made room (the default): nothing is lost.</summary>
    Wait,

    /// <summary>The entry is dropped and counted; the count is recorded in the database (<c>runtimes.dropped</c>).</summary>
    Drop,
}

/// <summary>
/// How a call log is written, set through <see cref="EngineOptions.UseCallLog"/> or
/// <see cref="RuntimeOptions.UseCallLog"/>. Fluent: every method returns this instance. One writer serves each
/// database file for the whole process; it takes the queue capacity and the full-queue policy of whichever
/// configuration opened the file first.
/// </summary>
public sealed class CallLogOptions
{
    internal CallLogOptions()
    {
    }

    /// <summary>How many entries may wait for the writer before the full-queue policy applies. Defaults to 65,536.</summary>
    public int QueueCapacity { get; private set; } = 65_536;

    /// <summary>What happens to an entry when the queue is full. Defaults to <see cref="CallLogOverflow.Wait"/>.</summary>
    public CallLogOverflow WhenFull { get; private set; } = CallLogOverflow.Wait;

    /// <summary>
    /// The most characters of JSON one logged value (a call's arguments, or its result) may take; a larger one is
    /// stored cut, inside a <c>{"$type":"truncated"}</c> marker. Defaults to 4,096.
    /// </summary>
    public int MaxValueSize { get; private set; } = 4096;

    /// <summary>Sets <see cref="QueueCapacity"/>; at least 1.</summary>
    public CallLogOptions UseQueueCapacity(int entries)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(entries, 1);
        QueueCapacity = entries;
        return this;
    }

    /// <summary>Drops (and counts) entries when the queue is full, rather than making the runtime wait.</summary>
    public CallLogOptions DropWhenFull()
    {
        WhenFull = CallLogOverflow.Drop;
        return this;
    }

    /// <summary>Makes the runtime wait when the queue is full (the default).</summary>
    public CallLogOptions WaitWhenFull()
    {
        WhenFull = CallLogOverflow.Wait;
        return this;
    }

    /// <summary>Sets <see cref="MaxValueSize"/>; at least 64 characters, so a marker always fits.</summary>
    public CallLogOptions LimitValueSize(int characters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(characters, 64);
        MaxValueSize = characters;
        return this;
    }

    /// <summary>The options for <paramref name="path"/>, configured by <paramref name="configure"/>.</summary>
    internal static CallLogSettings Build(string path, Action<CallLogOptions>? configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var options = new CallLogOptions();
        configure?.Invoke(options);
        return new CallLogSettings(System.IO.Path.GetFullPath(path), options.QueueCapacity, options.WhenFull, options.MaxValueSize);
    }
}

/// <summary>A call log's configuration, frozen: the database file (absolute) and how it is written.</summary>
/// <param name="Path">The database file.</param>
/// <param name="QueueCapacity">See <see cref="CallLogOptions.QueueCapacity"/>.</param>
/// <param name="WhenFull">See <see cref="CallLogOptions.WhenFull"/>.</param>
/// <param name="MaxValueSize">See <see cref="CallLogOptions.MaxValueSize"/>.</param>
public sealed record CallLogSettings(string Path, int QueueCapacity, CallLogOverflow WhenFull, int MaxValueSize);
