using Microsoft.Data.Sqlite;

namespace Hatchery.CallLog;

/// <summary>The writer's prepared inserts, reused for every batch; a batch is one transaction.</summary>
internal sealed class CallLogStatements
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _call;
    private readonly SqliteCommand _started;
    private readonly SqliteCommand _ended;

    public CallLogStatements(SqliteConnection connection)
    {
        _connection = connection;
        _call = Command("INSERT INTO calls (ts, runtime, direction, module, function, args, result, duration_us, error_name, error_message) "
                        + "VALUES ($ts, $runtime, $direction, $module, $function, $args, $result, $duration, $error_name, $error_message)",
            "$ts", "$runtime", "$direction", "$module", "$function", "$args", "$result", "$duration", "$error_name", "$error_message");
        _started = Command("INSERT OR IGNORE INTO runtimes (id, factory, started) VALUES ($id, $factory, $started)", "$id", "$factory", "$started");
        _ended = Command("INSERT INTO runtimes (id, factory, started, ended, exit_code, dropped) VALUES ($id, $factory, $started, $ended, $exit_code, $dropped) "
                         + "ON CONFLICT (id) DO UPDATE SET ended = excluded.ended, exit_code = excluded.exit_code, dropped = excluded.dropped",
            "$id", "$factory", "$started", "$ended", "$exit_code", "$dropped");
    }

    /// <summary>Inserts the rows of <paramref name="batch"/> in one transaction.</summary>
    public void Write(List<CallLogEntry> batch)
    {
        using var transaction = _connection.BeginTransaction();
        _call.Transaction = _started.Transaction = _ended.Transaction = transaction;
        foreach (var entry in batch)
        {
            switch (entry.Kind)
            {
                case CallLogEntryKind.Call:
                    Call(entry);
                    break;
                case CallLogEntryKind.RuntimeStarted:
                    Run(_started, entry.Owner!.RuntimeId, entry.Owner.FactoryId, CallClock.Text(entry.Timestamp));
                    break;
                case CallLogEntryKind.RuntimeEnded:
                    Run(_ended, entry.Owner!.RuntimeId, entry.Owner.FactoryId, CallClock.Text(entry.Timestamp), CallClock.Text(entry.EndTimestamp),
                        (object?)entry.ExitCode ?? DBNull.Value, entry.Dropped);
                    break;
            }
        }
        transaction.Commit();
    }

    private void Call(CallLogEntry entry)
    {
        var p = _call.Parameters;
        p[0].Value = CallClock.Text(entry.Timestamp);
        p[1].Value = entry.Owner!.RuntimeId;
        p[2].Value = entry.HostToJs ? "host->js" : "js->host";
        p[3].Value = entry.Module;
        p[4].Value = entry.Function;
        p[5].Value = entry.Arguments;
        p[6].Value = (object?)entry.Result ?? DBNull.Value;
        p[7].Value = CallClock.Microseconds(entry.DurationTicks);
        p[8].Value = (object?)entry.ErrorName ?? DBNull.Value;
        p[9].Value = (object?)entry.ErrorMessage ?? DBNull.Value;
        _call.ExecuteNonQuery();
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
