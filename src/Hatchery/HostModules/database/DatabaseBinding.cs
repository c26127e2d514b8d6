using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.HostModules.Database;

/// <summary>
/// The <c>binding</c> object behind <c>database.js</c> for one runtime: its open connections, by number. Functions
/// take arguments already checked by the script; given a callback after them they work asynchronously (queued on
/// the connection, completed on the loop with <c>callback(err, value)</c>), otherwise they return or throw. Every
/// connection is closed when the runtime is disposed.
/// </summary>
internal sealed class DatabaseBinding
{
    private readonly JsRuntime _runtime;
    private readonly Engine _engine;
    private readonly DatabaseValues _values;
    private readonly Dictionary<int, DatabaseConnection> _connections = [];
    private int _nextId = 1;
    private readonly (string Driver, string ConnectionString)? _hostDefault;
    private readonly bool _hostConnectionOnly;

    public DatabaseBinding(NativeModuleContext context, ObjectInstance binding, (string Driver, string ConnectionString)? hostDefault, bool hostConnectionOnly)
    {
        _hostDefault = hostDefault;
        _hostConnectionOnly = hostConnectionOnly;
        _runtime = context.Runtime;
        _engine = context.Engine;
        _values = new DatabaseValues(_runtime);
        context.OnDispose(CloseAll);
        if (hostDefault is var (driver, connectionString))
        {
            binding.CreateDataProperty("hostDefault", new JsArray(_engine, [new JsString(driver), new JsString(connectionString)]));
        }
        Define(binding, "open", 2, Open);
        Define(binding, "close", 1, args => { Connection(args).Close(); return JsValue.Undefined; });
        Define(binding, "driver", 1, args => new JsString(Connection(args).Driver.Name));
        Define(binding, "run", 5, Run);
        Define(binding, "begin", 1, args => Transaction(args, begin: true, commit: false));
        Define(binding, "end", 2, args => Transaction(args, begin: false, commit: TypeConverter.ToBoolean(args[1])));
    }

    private void Define(ObjectInstance binding, string name, int length, Func<JsValue[], JsValue> body) =>
        binding.CreateDataProperty(name, new FunctionBuilder(_engine, "database").Create(name, length, (_, args) =>
        {
            try
            {
                return body(args);
            }
            catch (Exception e) when (e is not JavaScriptException)
            {
                throw ToJsError(null, e);
            }
        }));

    private JsValue Open(JsValue[] args)
    {
        if (_hostConnectionOnly && _hostDefault != (args[0].ToString(), args[1].ToString()))
        {
            throw JsErrors.Throw(_engine, "Error",
                "Access to this API has been restricted: scripts may use only the database connection the host configured", "ERR_ACCESS_DENIED");
        }
        var driver = DatabaseDriver.Find(args[0].ToString())!;
        var connection = new DatabaseConnection(driver, driver.Open(args[1].ToString(), _runtime.BaseDirectory));
        var id = _nextId++;
        _connections[id] = connection;
        return JsNumber.Create(id);
    }

    private DatabaseConnection Connection(JsValue[] args)
    {
        var id = (int)TypeConverter.ToNumber(args[0]);
        if (_connections.TryGetValue(id, out var connection) && !connection.IsClosed) return connection;
        throw JsErrors.Throw(_engine, "Error", "The database connection is closed", "ERR_DATABASE_CLOSED");
    }

    // run(id, mode, sql, params, named[, callback])
    private JsValue Run(JsValue[] args)
    {
        var connection = Connection(args);
        var mode = (DbMode)(int)TypeConverter.ToNumber(args[1]);
        var statement = new DbStatement(args[2].ToString(), _values.Parameters(args[3], TypeConverter.ToBoolean(args[4])), mode);
        if (Callback(args, 5) is { } callback)
        {
            Queue(connection, statement, callback, result => _values.Result(result, mode), onFailure: null);
            return JsValue.Undefined;
        }
        return _values.Result(Synchronously(connection, statement), mode);
    }

    // begin(id[, callback]) and end(id, commit[, callback]): BEGIN or a savepoint; COMMIT, RELEASE or a rollback.
    private JsValue Transaction(JsValue[] args, bool begin, bool commit)
    {
        var connection = Connection(args);
        var callback = Callback(args, begin ? 1 : 2);
        var synchronous = callback is null;
        if (!synchronous) CheckNotBusy(connection);
        var statement = begin ? connection.Begin(synchronous) : connection.End(commit, synchronous);
        // A failed BEGIN opened nothing; a failed COMMIT of the outermost transaction must not leave it open.
        Action onFailure = begin ? () => connection.End(commit: false, synchronous)
            : () => RollBackQuietly(connection, statement, synchronous);
        if (callback is not null)
        {
            Queue(connection, statement, callback, _ => JsValue.Undefined, onFailure);
            return JsValue.Undefined;
        }
        try
        {
            connection.Run(statement);
        }
        catch
        {
            onFailure();
            throw;
        }
        return JsValue.Undefined;
    }

    private static void RollBackQuietly(DatabaseConnection connection, DbStatement failed, bool synchronous)
    {
        if (failed.Sql != "COMMIT") return;
        try
        {
            if (synchronous) connection.Run(new DbStatement("ROLLBACK", DbParameters.None, DbMode.Exec));
            else connection.Enqueue(new DbStatement("ROLLBACK", DbParameters.None, DbMode.Exec));
        }
        catch (Exception)
        {
            // The server has already ended the transaction (or the connection is gone): nothing is left open.
        }
    }

    private DbResult Synchronously(DatabaseConnection connection, DbStatement statement)
    {
        try
        {
            return connection.Run(statement);
        }
        catch (Exception e) when (e is not JavaScriptException)
        {
            throw ToJsError(connection, e);
        }
    }

    private static ObjectInstance? Callback(JsValue[] args, int index)
    {
        if (args.Length > index && args[index] is ObjectInstance callback && callback.IsCallable()) return callback;
        return null;
    }

    private void CheckNotBusy(DatabaseConnection connection)
    {
        if (!connection.InSynchronousTransaction) return;
        throw JsErrors.Throw(_engine, "Error",
            "An asynchronous database call cannot start inside transaction(fn); use transactionAsync(fn) or await it after the transaction", "ERR_DATABASE_BUSY");
    }

    private void Queue(DatabaseConnection connection, DbStatement statement, ObjectInstance callback, Func<DbResult, JsValue> show, Action? onFailure)
    {
        CheckNotBusy(connection);
        _runtime.Loop.Await(connection.Enqueue(statement), done =>
        {
            if (done.IsCompletedSuccessfully)
            {
                _engine.Call(callback, JsValue.Undefined, [JsValue.Null, show(done.Result)]);
                return;
            }
            onFailure?.Invoke();
            var exception = done.Exception?.InnerException ?? new TaskCanceledException(done);
            _engine.Call(callback, JsValue.Undefined, [ToJsError(connection, exception).Error]);
        });
    }

    /// <summary>The JavaScript error for a failure: the database's message and code, or the module's own.</summary>
    private JavaScriptException ToJsError(DatabaseConnection? connection, Exception exception)
    {
        if (exception is JavaScriptException js) return js;
        if (exception is DatabaseValueException value)
        {
            return JsErrors.Throw(_engine, value.Code == "ERR_OUT_OF_RANGE" ? "RangeError" : "Error", value.Message, value.Code);
        }
        var failure = connection?.Driver.Describe(exception) ?? SqliteDriver.Instance.Describe(exception) ?? PostgresDriver.Instance.Describe(exception);
        if (failure is null) return JsErrors.Throw(_engine, "Error", exception.Message, "ERR_DATABASE");
        var error = JsErrors.Throw(_engine, "Error", failure.Message, failure.Code);
        var target = (ObjectInstance)error.Error;
        foreach (var (name, property) in failure.Properties) target.Set(name, JsValue.FromObject(_engine, property));
        return error;
    }

    private void CloseAll()
    {
        List<Exception>? failures = null;
        foreach (var connection in _connections.Values)
        {
            try
            {
                connection.Close();
            }
            catch (Exception e)
            {
                (failures ??= []).Add(e);
            }
        }
        _connections.Clear();
        if (failures is not null) throw new AggregateException("Closing database connections failed.", failures);
    }
}
