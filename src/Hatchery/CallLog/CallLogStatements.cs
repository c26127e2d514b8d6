using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Hatchery.CallLog;

/// <summary>
/// The writer's inserts, prepared once and run through SQLite's own API on the writer's connection: Microsoft.Data.Sqlite's
/// command layer costs more per row than SQLite's insert itself (parameter objects, a UTF-8 copy of every string),
/// and the writer is what bounds the log's throughput. A batch is one transaction.
/// </summary>
internal sealed class CallLogStatements
{
    private const int Done = 101;
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _call;
    private readonly sqlite3_stmt _started;
    private readonly sqlite3_stmt _ended;

    public CallLogStatements(SqliteConnection connection)
    {
        _db = connection.Handle!;
        _call = Prepare("INSERT INTO calls (ts, runtime, direction, module, function, args, result, duration_us, error_name, error_message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        _started = Prepare("INSERT OR IGNORE INTO runtimes (id, factory, started) VALUES (?, ?, ?)");
        _ended = Prepare("INSERT INTO runtimes (id, factory, started, ended, exit_code, dropped) VALUES (?, ?, ?, ?, ?, ?) "
                         + "ON CONFLICT (id) DO UPDATE SET ended = excluded.ended, exit_code = excluded.exit_code, dropped = excluded.dropped");
    }

    /// <summary>Inserts the rows of <paramref name="batch"/> in one transaction; on failure nothing of it is kept.</summary>
    public void Write(List<CallLogEntry> batch)
    {
        Check(raw.sqlite3_exec(_db, "BEGIN"));
        try
        {
            foreach (var entry in batch)
            {
                switch (entry.Kind)
                {
                    case CallLogEntryKind.Call:
                        Call(entry);
                        break;
                    case CallLogEntryKind.RuntimeStarted:
                        Text(_started, 1, entry.Owner!.RuntimeId);
                        Text(_started, 2, entry.Owner.FactoryId);
                        Text(_started, 3, CallClock.Text(entry.Timestamp));
                        Step(_started);
                        break;
                    case CallLogEntryKind.RuntimeEnded:
                        Text(_ended, 1, entry.Owner!.RuntimeId);
                        Text(_ended, 2, entry.Owner.FactoryId);
                        Text(_ended, 3, CallClock.Text(entry.Timestamp));
                        Text(_ended, 4, CallClock.Text(entry.EndTimestamp));
                        if (entry.ExitCode is { } code) raw.sqlite3_bind_int64(_ended, 5, code);
                        else raw.sqlite3_bind_null(_ended, 5);
                        raw.sqlite3_bind_int64(_ended, 6, entry.Dropped);
                        Step(_ended);
                        break;
                }
            }
            Check(raw.sqlite3_exec(_db, "COMMIT"));
        }
        catch
        {
            raw.sqlite3_exec(_db, "ROLLBACK");
            throw;
        }
    }

    private void Call(CallLogEntry entry)
    {
        Text(_call, 1, CallClock.Text(entry.Timestamp));
        Text(_call, 2, entry.Owner!.RuntimeId);
        Text(_call, 3, entry.HostToJs ? "host->js" : "js->host");
        Text(_call, 4, entry.Module);
        Text(_call, 5, entry.Function);
        Text(_call, 6, entry.Arguments);
        Text(_call, 7, entry.Result);
        raw.sqlite3_bind_int64(_call, 8, CallClock.Microseconds(entry.DurationTicks));
        Text(_call, 9, entry.ErrorName);
        Text(_call, 10, entry.ErrorMessage);
        Step(_call);
    }

    private static void Text(sqlite3_stmt statement, int index, string? value)
    {
        // UTF-16 as .NET holds it: SQLite converts it to the database's UTF-8 itself, without a copy on our side.
        if (value is null) raw.sqlite3_bind_null(statement, index);
        else raw.sqlite3_bind_text16(statement, index, value);
    }

    private void Step(sqlite3_stmt statement)
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != Done) Check(result);
    }

    private void Check(int result)
    {
        if (result != 0) throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), result);
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(_db, sql, out var statement));
        return statement;
    }
}
