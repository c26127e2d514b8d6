using Microsoft.Data.Sqlite;

namespace Hatchery.CallLog;

/// <summary>The writer's prepared inserts, reused for every batch; a batch is one transaction.</summary>
internal sealed class CallLogStatements
{
    private readonly SqliteConnection _connection;
    // Calls go in statements of this many rows: per-statement overhead, not SQLite, is most of a one-row insert's cost.
    private const int RowsPerInsert = 32;
    private readonly SqliteCommand _call;
    private readonly SqliteCommand _calls;
    private readonly List<CallLogEntry> _pending = new(RowsPerInsert);
    private readonly SqliteCommand _started;
    private readonly SqliteCommand _ended;

    public CallLogStatements(SqliteConnection connection)
    {
        _connection = connection;
        _call = Command("INSERT INTO calls (ts, runtime, direction, module, function, args, result, duration_us, error_name, error_message) "
                        + "VALUES ($ts, $runtime, $direction, $module, $function, $args, $result, $duration, $error_name, $error_message)",
            "$ts", "$runtime", "$direction", "$module", "$function", "$args", "$result", "$duration", "$error_name", "$error_message");
        var values = string.Join(", ", Enumerable.Range(0, RowsPerInsert).Select(i => $"(${i}_0, ${i}_1, ${i}_2, ${i}_3, ${i}_4, ${i}_5, ${i}_6, ${i}_7, ${i}_8, ${i}_9)"));
        _calls = Command("INSERT INTO calls (ts, runtime, direction, module, function, args, result, duration_us, error_name, error_message) VALUES " + values,
            Enumerable.Range(0, RowsPerInsert).SelectMany(i => Enumerable.Range(0, 10).Select(j => $"${i}_{j}")).ToArray());
        _started = Command("INSERT OR IGNORE INTO runtimes (id, factory, started) VALUES ($id, $factory, $started)", "$id", "$factory", "$started");
        _ended = Command("INSERT INTO runtimes (id, factory, started, ended, exit_code, dropped) VALUES ($id, $factory, $started, $ended, $exit_code, $dropped) "
                         + "ON CONFLICT (id) DO UPDATE SET ended = excluded.ended, exit_code = excluded.exit_code, dropped = excluded.dropped",
            "$id", "$factory", "$started", "$ended", "$exit_code", "$dropped");
    }

    /// <summary>Inserts the rows of <paramref name="batch"/> in one transaction.</summary>
    public void Write(List<CallLogEntry> batch)
    {
        using var transaction = _connection.BeginTransaction();
        _call.Transaction = _calls.Transaction = _started.Transaction = _ended.Transaction = transaction;
        foreach (var entry in batch)
        {
            if (entry.Kind == CallLogEntryKind.Call)
            {
                _pending.Add(entry);
                if (_pending.Count == RowsPerInsert) InsertPending();
                continue;
            }
            // Rows keep the order they were queued in.
            InsertPending();
            switch (entry.Kind)
            {
                case CallLogEntryKind.RuntimeStarted:
                    Run(_started, entry.Owner!.RuntimeId, entry.Owner.FactoryId, CallClock.Text(entry.Timestamp));
                    break;
                case CallLogEntryKind.RuntimeEnded:
                    Run(_ended, entry.Owner!.RuntimeId, entry.Owner.FactoryId, CallClock.Text(entry.Timestamp), CallClock.Text(entry.EndTimestamp),
                        (object?)entry.ExitCode ?? DBNull.Value, entry.Dropped);
                    break;
            }
        }
        InsertPending();
        transaction.Commit();
    }

    private void InsertPending()
    {
        if (_pending.Count == RowsPerInsert)
        {
            for (var i = 0; i < RowsPerInsert; i++) Bind(_calls.Parameters, i * 10, _pending[i]);
            _calls.ExecuteNonQuery();
        }
        else
        {
            foreach (var entry in _pending)
            {
                Bind(_call.Parameters, 0, entry);
                _call.ExecuteNonQuery();
            }
        }
        _pending.Clear();
    }

    private static void Bind(SqliteParameterCollection p, int at, CallLogEntry entry)
    {
        p[at].Value = CallClock.Text(entry.Timestamp);
        p[at + 1].Value = entry.Owner!.RuntimeId;
        p[at + 2].Value = entry.HostToJs ? "host->js" : "js->host";
        p[at + 3].Value = entry.Module;
        p[at + 4].Value = entry.Function;
        p[at + 5].Value = entry.Arguments;
        p[at + 6].Value = (object?)entry.Result ?? DBNull.Value;
        p[at + 7].Value = CallClock.Microseconds(entry.DurationTicks);
        p[at + 8].Value = (object?)entry.ErrorName ?? DBNull.Value;
        p[at + 9].Value = (object?)entry.ErrorMessage ?? DBNull.Value;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }
}
