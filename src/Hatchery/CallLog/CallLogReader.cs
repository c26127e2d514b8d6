using Microsoft.Data.Sqlite;

namespace Hatchery.CallLog;

/// <summary>One row of <c>calls</c>.</summary>
public sealed record CallLogCall(long Id, string Timestamp, string Runtime, string Direction, string Module, string Function, string Arguments,
    string? Result, long DurationMicroseconds, string? ErrorName, string? ErrorMessage);

/// <summary>One row of <c>runtimes</c>.</summary>
public sealed record CallLogRuntime(string Id, string Factory, string Started, string? Ended, int? ExitCode, long Dropped, long Calls);

/// <summary>The calls of one <c>module.function</c>, summarised; durations in microseconds.</summary>
public sealed record CallLogFunctionStats(string Module, string Function, long Calls, long Errors, long Total, double Mean, long P50, long P95, long Max);

/// <summary>
/// Reads a call log (what <c>hatchery calllog</c> shows), read-only and while writers add to it. Opening checks the file
/// is a call log this Hatchery understands (<see cref="CallLogException"/> otherwise); an older schema is read as it is.
/// </summary>
public sealed class CallLogReader : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly int _version;

    /// <summary>Opens <paramref name="path"/>; throws <see cref="FileNotFoundException"/> when there is no such file.</summary>
    public CallLogReader(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"No call log at '{path}'", path);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            _connection.Open();
            _version = CallLogSchema.Check(_connection, path);
        }
        catch (SqliteException e)
        {
            _connection.Dispose();
            throw new CallLogException(path, e.Message, e);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <summary>The id of the newest call row (0 when there is none).</summary>
    public long LastId()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(id), 0) FROM calls";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// The last <paramref name="count"/> calls with ids after <paramref name="afterId"/> and up to <paramref name="upToId"/>,
    /// oldest first, optionally of one runtime or failed ones only.
    /// </summary>
    public IReadOnlyList<CallLogCall> Calls(int count, long afterId = 0, string? runtime = null, bool errorsOnly = false, long upToId = long.MaxValue)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT * FROM (SELECT id, ts, runtime, direction, module, function, args, result, duration_us, error_name, error_message FROM calls "
                              + "WHERE id > $after AND id <= $upTo" + (runtime is null ? "" : " AND runtime = $runtime") + (errorsOnly ? " AND error_name IS NOT NULL" : "")
                              + " ORDER BY id DESC LIMIT $count) ORDER BY id";
        command.Parameters.AddWithValue("$after", afterId);
        command.Parameters.AddWithValue("$upTo", upToId);
        command.Parameters.AddWithValue("$count", count);
        if (runtime is not null) command.Parameters.AddWithValue("$runtime", runtime);
        using var reader = command.ExecuteReader();
        var calls = new List<CallLogCall>();
        while (reader.Read())
        {
            calls.Add(new CallLogCall(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetString(6), Text(reader, 7), reader.GetInt64(8), Text(reader, 9), Text(reader, 10)));
        }
        return calls;
    }

    /// <summary>Every runtime, in the order they started, with its number of logged calls.</summary>
    public IReadOnlyList<CallLogRuntime> Runtimes()
    {
        using var command = _connection.CreateCommand();
        var dropped = _version >= 2 ? "r.dropped" : "0";
        command.CommandText = $"SELECT r.id, r.factory, r.started, r.ended, r.exit_code, {dropped}, (SELECT count(*) FROM calls c WHERE c.runtime = r.id) "
                              + "FROM runtimes r ORDER BY r.started, r.id";
        using var reader = command.ExecuteReader();
        var runtimes = new List<CallLogRuntime>();
        while (reader.Read())
        {
            runtimes.Add(new CallLogRuntime(reader.GetString(0), reader.GetString(1), reader.GetString(2), Text(reader, 3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4), reader.GetInt64(5), reader.GetInt64(6)));
        }
        return runtimes;
    }

    /// <summary>Calls, errors and durations per <c>module.function</c>, busiest first.</summary>
    public IReadOnlyList<CallLogFunctionStats> Stats()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT module, function, duration_us, error_name IS NOT NULL FROM calls ORDER BY module, function, duration_us";
        using var reader = command.ExecuteReader();
        var stats = new List<CallLogFunctionStats>();
        var durations = new List<long>();
        string? module = null, function = null;
        long errors = 0;
        while (reader.Read())
        {
            var m = reader.GetString(0);
            var f = reader.GetString(1);
            if (m != module || f != function)
            {
                if (module is not null) stats.Add(Summary(module, function!, durations, errors));
                (module, function, errors) = (m, f, 0);
                durations.Clear();
            }
            durations.Add(reader.GetInt64(2));
            if (reader.GetBoolean(3)) errors++;
        }
        if (module is not null) stats.Add(Summary(module, function!, durations, errors));
        return stats.OrderByDescending(s => s.Calls).ThenBy(s => s.Module, StringComparer.Ordinal).ThenBy(s => s.Function, StringComparer.Ordinal).ToList();
    }

    // Durations arrive sorted; percentiles are nearest-rank.
    private static CallLogFunctionStats Summary(string module, string function, List<long> sorted, long errors)
    {
        long total = 0;
        foreach (var d in sorted) total += d;
        long Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
        return new CallLogFunctionStats(module, function, sorted.Count, errors, total, (double)total / sorted.Count, Rank(0.5), Rank(0.95), sorted[^1]);
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
