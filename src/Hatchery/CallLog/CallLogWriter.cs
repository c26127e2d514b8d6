using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Hatchery.CallLog;

/// <summary>
/// The one writer of a call-log database file in this process: runtimes hand it entries through a bounded queue, and a
/// background task inserts them in batched transactions on one connection in WAL mode. Opened on first use of the file
/// (the schema created or migrated then, so a bad path fails where the log is configured) and kept for the process.
/// </summary>
internal sealed class CallLogWriter
{
    private const int BatchSize = 4096;
    private static readonly Dictionary<string, CallLogWriter> Writers = new(StringComparer.Ordinal);
    private static bool s_exitHooked;

    private readonly Channel<List<CallLogEntry>> _queue;
    private readonly SqliteConnection _connection;
    private readonly CallLogStatements _statements;
    private readonly Task _loop;
    private Exception? _failure;

    private CallLogWriter(CallLogSettings settings, SqliteConnection connection)
    {
        Settings = settings;
        _connection = connection;
        _statements = new CallLogStatements(connection);
        // Runtimes hand over batches of up to RuntimeCallLog's batch size; the capacity counts entries, roughly.
        _queue = Channel.CreateBounded<List<CallLogEntry>>(new BoundedChannelOptions(Math.Max(1, settings.QueueCapacity / 256))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _loop = Task.Run(WriteLoopAsync);
    }

    /// <summary>The configuration that opened the file (later ones for the same file share this writer).</summary>
    public CallLogSettings Settings { get; }

    /// <summary>Why a batch could not be committed, once one could not; entries of that batch are lost.</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    /// <summary>The process's writer for <paramref name="settings"/>' file, opening (and creating or migrating) it on first use.</summary>
    public static CallLogWriter For(CallLogSettings settings)
    {
        lock (Writers)
        {
            if (Writers.TryGetValue(settings.Path, out var writer)) return writer;
            writer = new CallLogWriter(settings, Open(settings.Path));
            Writers.Add(settings.Path, writer);
            if (!s_exitHooked)
            {
                s_exitHooked = true;
                AppDomain.CurrentDomain.ProcessExit += static (_, _) => FlushAll(TimeSpan.FromSeconds(5));
            }
            return writer;
        }
    }

    /// <summary>Waits until every entry queued so far, in every writer of the process, is committed (or <paramref name="timeout"/> passed).</summary>
    public static bool FlushAll(TimeSpan timeout)
    {
        CallLogWriter[] writers;
        lock (Writers) writers = [.. Writers.Values];
        var flushes = writers.Select(w => w.FlushAsync()).ToArray();
        return Task.WaitAll(flushes, timeout);
    }

    /// <summary>A task that completes once everything queued before it is committed.</summary>
    public Task FlushAsync()
    {
        var entry = new CallLogEntry { Kind = CallLogEntryKind.Flush, Flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        if (!_queue.Writer.TryWrite([entry])) return _queue.Writer.WriteAsync([entry]).AsTask().ContinueWith(_ => entry.Flushed.Task).Unwrap();
        return entry.Flushed.Task;
    }

    /// <summary>
    /// Queues a runtime's <paramref name="batch"/>. When the queue is full, waits for room, unless the log drops and
    /// <paramref name="alwaysKeep"/> is false: then returns false and the caller counts the batch as dropped.
    /// </summary>
    public bool Add(List<CallLogEntry> batch, bool alwaysKeep)
    {
        if (_queue.Writer.TryWrite(batch)) return true;
        if (Settings.WhenFull == CallLogOverflow.Drop && !alwaysKeep) return false;
        _queue.Writer.WriteAsync(batch).AsTask().GetAwaiter().GetResult();
        return true;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            connection.Open();
            CallLogSchema.Upgrade(connection, path);
            using var command = connection.CreateCommand();
            // WAL: readers (hatchery calllog tail --follow) never block the writer. NORMAL: a commit is not an fsync.
            // BEGIN IMMEDIATE proves the file writable now, not at the first batch.
            // No automatic checkpoints: one runs inside whichever commit crosses the threshold, fsyncs included, and that
            // commit may be one a disposing runtime waits for. Checkpoint() runs them on a connection of their own instead.
            command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA wal_autocheckpoint = 0; "
                                  + "BEGIN IMMEDIATE; ROLLBACK;";
            command.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new CallLogException(path, e.SqliteErrorCode switch
            {
                26 or 11 => "the file is not a SQLite database (corrupted, or another kind of file)",
                14 => $"cannot open or create the database file: {e.Message}",
                8 => "the database file is read-only",
                _ => e.Message,
            }, e);
        }
        catch (CallLogException)
        {
            connection.Dispose();
            throw;
        }
    }

    private async Task WriteLoopAsync()
    {
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false)) Drain();
    }

    // About how many rows go into the write-ahead log between two checkpoints (a few MB of it).
    private const int CheckpointRows = 20_000;
    private int _rowsSinceCheckpoint;
    private int _checkpointing;

    // Copies the write-ahead log into the database on a thread and connection of its own (PASSIVE: it never blocks the
    // writer, and readers keep reading), so the fsyncs it does are no commit's. One at a time.
    private void Checkpoint()
    {
        _rowsSinceCheckpoint = 0;
        if (Interlocked.Exchange(ref _checkpointing, 1) == 1) return;
        Task.Run(() =>
        {
            try
            {
                using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Settings.Path, Pooling = false }.ToString());
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA wal_checkpoint(PASSIVE);";
                command.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // A checkpoint that could not run leaves the log longer, nothing lost; the next one catches up.
            }
            finally
            {
                Volatile.Write(ref _checkpointing, 0);
            }
        });
    }

    // Guards the connection and the buffers below: whoever holds it writes everything queued.
    private readonly Lock _writing = new();
    private readonly List<CallLogEntry> _batch = new(BatchSize);
    private readonly Dictionary<RuntimeCallLog, int> _owners = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Commits everything queued, on the calling thread, in transactions of up to the batch size. The background task
    /// does this when entries arrive; a disposing runtime does it itself so that its wait for a commit is not also a
    /// wait for two thread switches (if the background task is writing, it waits for the lock, then finds its entries
    /// committed or commits them).
    /// </summary>
    public void Drain()
    {
        lock (_writing)
        {
            var reader = _queue.Reader;
            while (true)
            {
                while (_batch.Count < BatchSize && reader.TryRead(out var entries)) _batch.AddRange(entries);
                if (_batch.Count == 0) return;
                try
                {
                    _statements.Write(_batch);
                }
                catch (Exception e)
                {
                    Volatile.Write(ref _failure, e);
                }
                // Committed (or failed, which the owners see through Failure): the runtimes waiting on these may go on.
                foreach (var entry in _batch)
                {
                    if (entry.Owner is { } owner) _owners[owner] = _owners.GetValueOrDefault(owner) + 1;
                    entry.Flushed?.TrySetResult();
                }
                foreach (var (owner, count) in _owners) owner.Committed(count);
                _owners.Clear();
                _rowsSinceCheckpoint += _batch.Count;
                _batch.Clear();
                if (_rowsSinceCheckpoint >= CheckpointRows) Checkpoint();
            }
        }
    }
}
