using Hatchery.NativeModules;
using Jint.Native;
using Microsoft.Data.Sqlite;

namespace Hatchery.Tests.CallLog;

/// <summary>One row of the <c>calls</c> table, as a test reads it back.</summary>
public sealed record CallRow(long Id, string Ts, string Runtime, string Direction, string Module, string Function, string Args,
    string? Result, long DurationUs, string? ErrorName, string? ErrorMessage);

/// <summary>Reads a call-log database with its own connection, as another process would.</summary>
public static class CallLogDatabase
{
    public static List<CallRow> Calls(string path, string where = "1 = 1")
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, ts, runtime, direction, module, function, args, result, duration_us, error_name, error_message FROM calls WHERE {where} ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new List<CallRow>();
        while (reader.Read())
        {
            rows.Add(new CallRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetInt64(8),
                reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10)));
        }
        return rows;
    }

    public static object? Scalar(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static void Execute(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}

/// <summary>A native module for call-log tests: a promise that resolves or rejects later, and a sink for arguments.</summary>
public sealed class ProbeModule : NativeModule
{
    public override string Name => "probe";

    public override string Summary => "Call-log test functions.";

    public override string Documentation => "wait(ms) resolves to ms * 2; fail(ms) rejects; take(...values) returns undefined.";

    public override void Load(NativeModuleContext context)
    {
        var runtime = context.Runtime;
        context.Function("wait", 1, (_, args) =>
        {
            var ms = NativeArguments.Integer(context.Engine, args, 0, "ms");
            return runtime.ToPromise(Task.Delay(ms).ContinueWith(_ => ms * 2), (_, v) => v);
        });
        context.Function("fail", 1, (_, args) =>
        {
            var ms = NativeArguments.Integer(context.Engine, args, 0, "ms");
            return runtime.ToPromise(Task.Delay(ms).ContinueWith<int>(_ => throw new InvalidOperationException("it failed")), (_, v) => v);
        });
        context.Function("take", 0, (_, _) => JsValue.Undefined);
    }
}
