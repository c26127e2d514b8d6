using System.Data;
using System.Data.Common;
using System.Globalization;

namespace Hatchery.HostModules.Database;

/// <summary>
/// One open connection of one runtime. A connection does one thing at a time: asynchronous statements queue behind
/// each other in the order the script started them, and a synchronous statement first waits for that queue to drain.
/// Transactions nest: the outermost is <c>BEGIN</c>/<c>COMMIT</c>, inner ones are savepoints. The queue and the
/// transaction depth are touched only on the runtime's loop thread; statements themselves run on whichever thread
/// the queue hands them to.
/// </summary>
internal sealed class DatabaseConnection
{
    public const string ConnectionLostCode = "ERR_DATABASE_CONNECTION";

    private readonly DbConnection _connection;
    private Task _queue = Task.CompletedTask;
    private int _depth;
    private int _synchronousDepth;

    public DatabaseConnection(DatabaseDriver driver, DbConnection connection)
    {
        Driver = driver;
        _connection = connection;
    }

    public DatabaseDriver Driver { get; }

    public bool IsClosed { get; private set; }

    /// <summary>Whether a synchronous <c>transaction(fn)</c> is running, during which nothing asynchronous may start.</summary>
    public bool InSynchronousTransaction => _synchronousDepth > 0;

    /// <summary>Runs <paramref name="statement"/> now, on the calling (loop) thread.</summary>
    public DbResult Run(DbStatement statement)
    {
        Drain();
        return Execute(statement);
    }

    /// <summary>Queues <paramref name="statement"/> behind the statements already queued.</summary>
    public Task<DbResult> Enqueue(DbStatement statement)
    {
        var task = _queue.ContinueWith(_ => Execute(statement), CancellationToken.None,
            TaskContinuationOptions.None, TaskScheduler.Default);
        _queue = task;
        return task;
    }

    /// <summary>The statement that opens a transaction at the current depth, and the depth it leaves.</summary>
    public DbStatement Begin(bool synchronous)
    {
        var sql = _depth == 0 ? "BEGIN" : "SAVEPOINT " + Savepoint(_depth);
        _depth++;
        if (synchronous) _synchronousDepth++;
        return Control(sql);
    }

    /// <summary>The statement that ends the innermost transaction: <c>COMMIT</c> or <c>RELEASE</c>, or a rollback.</summary>
    public DbStatement End(bool commit, bool synchronous)
    {
        if (_depth == 0) throw new InvalidOperationException("No transaction is open.");
        _depth--;
        if (synchronous) _synchronousDepth--;
        if (_depth == 0) return Control(commit ? "COMMIT" : "ROLLBACK");
        var name = Savepoint(_depth);
        return Control(commit ? "RELEASE SAVEPOINT " + name : $"ROLLBACK TO SAVEPOINT {name}; RELEASE SAVEPOINT {name}");
    }

    private static string Savepoint(int depth) => "hatchery_" + depth.ToString(CultureInfo.InvariantCulture);

    private static DbStatement Control(string sql) => new(sql, DbParameters.None, DbMode.Exec);

    /// <summary>Waits for queued statements, then closes the connection (rolling back an open transaction).</summary>
    public void Close()
    {
        if (IsClosed) return;
        IsClosed = true;
        Drain();
        _connection.Dispose();
    }

    private void Drain()
    {
        // Queued statements report their own failures; waiting must not rethrow them.
        try
        {
            _queue.Wait();
        }
        catch (AggregateException)
        {
        }
    }

    private DbResult Execute(DbStatement statement)
    {
        if (_connection.State != ConnectionState.Open)
        {
            throw new DatabaseValueException("The connection to the database was lost", ConnectionLostCode);
        }
        using var command = _connection.CreateCommand();
        command.CommandText = statement.Sql;
        Driver.Bind(command, statement.Parameters);
        if (statement.Mode == DbMode.Exec)
        {
            var changed = command.ExecuteNonQuery();
            return new DbResult { RowsAffected = Math.Max(changed, 0), LastInsertId = Driver.LastInsertId(_connection) };
        }
        using var reader = command.ExecuteReader();
        var columns = new string[reader.FieldCount];
        for (var i = 0; i < columns.Length; i++) columns[i] = reader.GetName(i);
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[columns.Length];
            for (var i = 0; i < row.Length; i++) row[i] = Driver.Read(reader, i);
            rows.Add(row);
            if (statement.Mode == DbMode.QueryOne) break;
        }
        return new DbResult { Columns = columns, Rows = rows, RowsAffected = Math.Max(reader.RecordsAffected, 0) };
    }
}

/// <summary>A value the database cannot take or give back as asked, or a connection that is gone: a JavaScript error.</summary>
internal sealed class DatabaseValueException(string message, string code = "ERR_DATABASE_VALUE") : Exception(message)
{
    public string Code { get; } = code;
}
