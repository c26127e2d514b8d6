namespace Hatchery.HostModules.Database;

/// <summary>The text <c>hatchery modules database</c> prints.</summary>
internal static class DatabaseDocumentation
{
    public const string Text = """
        database — SQL on SQLite and PostgreSQL (Hatchery's own module).

        Connections
          configure(driver, connectionString)   opens the default connection the module-level functions use,
                                                closing the previous default. driver: 'sqlite' or 'postgres'.
          open(driver, connectionString) -> Connection
                                                another connection, with the same methods as the module.
          close()                               closes the default connection (or connection.close()). Later
                                                calls on a closed connection throw ERR_DATABASE_CLOSED.
          connection.driver                     'sqlite' or 'postgres'.
          sqlite: a file name (relative to the runtime's base directory), ':memory:' (a database of this
                  connection alone), or a Microsoft.Data.Sqlite connection string ('Data Source=app.db;Mode=ReadOnly').
          postgres: an Npgsql connection string ('Host=127.0.0.1;Port=5432;Username=app;Database=app').
          A host may configure the default from C#: options.AddNativeModule(new DatabaseModule(driver, connectionString)).
          Without either, module-level calls throw ERR_DATABASE_NOT_CONFIGURED. Under the untrusted preset (--safe)
          the module exists only when the host configured it, and configure/open of another connection throw
          ERR_ACCESS_DENIED.
          Connections belong to one runtime and are closed when it is disposed (an open transaction rolls back).

        Statements (parameters are always bound, never put into the SQL text)
          query(sql, ...params) -> array of row objects (column name -> value)
          queryOne(sql, ...params) -> the first row, or undefined when there is none
          exec(sql, ...params) -> { rowsAffected, lastInsertId }
                                  lastInsertId: SQLite's last_insert_rowid() (null before any insert);
                                  always null on PostgreSQL (use INSERT ... RETURNING with query).
          params: positional values, for ? or ?NNN (SQLite) and $1, $2 ... (PostgreSQL);
                  or one plain object of named values: $name, @name or :name in SQLite, @name or :name in PostgreSQL.

        Transactions
          transaction(fn) -> what fn returns. Runs fn(connection) inside BEGIN ... COMMIT; when fn throws, rolls
                  back and rethrows. Nested calls are savepoints: an inner failure caught by the outer fn undoes
                  only the inner work. fn must be synchronous (a returned Promise rolls back and throws TypeError);
                  no asynchronous call may start on the connection while it runs (ERR_DATABASE_BUSY).

        Promise forms (run on the thread pool; timers and I/O go on meanwhile)
          queryAsync(sql, ...params), queryOneAsync(sql, ...params), execAsync(sql, ...params) -> Promise of the same
          transactionAsync(fn) -> Promise: awaits fn(connection); commits, or rolls back and rejects.
          A connection runs one statement at a time: calls queue in the order they were made, and a synchronous
          call waits for the queue. Statements started on the same connection while transactionAsync runs take
          part in its transaction; open a second connection for independent work.

        Values (JavaScript -> database -> JavaScript)
          null/undefined -> NULL -> null;  boolean -> boolean (SQLite: 1/0, read back as boolean in BOOLEAN columns)
          number: safe integers as 64-bit integers, others as double; integers read beyond 2^53 - 1 are BigInt
          bigint -> 64-bit integer (PostgreSQL: numeric when larger; SQLite: RangeError when larger)
          string -> text (PostgreSQL: sent untyped, so a numeric, jsonb or timestamptz column takes a string)
          numeric/decimal (PostgreSQL) -> string, every digit kept (up to 28 significant; beyond, select ::text)
          Date -> timestamptz (SQLite: ISO 8601 text, read back as Date in DATE/DATETIME/TIMESTAMP columns)
          timestamp, timestamptz and date columns -> Date (timestamp without time zone is read as UTC)
          Buffer/Uint8Array -> blob/bytea -> Buffer
          plain object -> jsonb (SQLite: JSON text); json/jsonb columns (SQLite: JSON columns) -> parsed values
          array -> PostgreSQL array when its items are all numbers, strings or booleans (else jsonb;
                   SQLite: JSON text); PostgreSQL arrays -> arrays
          uuid, interval, time and other types -> strings

        Errors
          A database error is an Error with the database's message and code: SQLite's result code name
          ('SQLITE_CONSTRAINT', with errno and extendedErrno numbers) or PostgreSQL's SQLSTATE ('23505', with
          severity, detail, constraint, table, column when the server gives them). A lost connection has code
          ERR_DATABASE_CONNECTION (or the server's SQLSTATE, e.g. 57P01 when an administrator ended it).
          Wrong argument types throw TypeError ERR_INVALID_ARG_TYPE.
        """;
}
