using System.Data.Common;
using System.Globalization;
using System.Numerics;
using Microsoft.Data.Sqlite;

namespace Hatchery.HostModules.Database;

/// <summary>
/// SQLite through Microsoft.Data.Sqlite. SQLite stores integers, reals, text and blobs; the declared type of a column
/// says what else a value means: <c>BOOLEAN</c> columns read as booleans, <c>JSON</c> columns as parsed values,
/// <c>DATE</c>/<c>DATETIME</c>/<c>TIMESTAMP</c> columns holding ISO 8601 text as <c>Date</c>s.
/// </summary>
internal sealed class SqliteDriver : DatabaseDriver
{
    public static readonly SqliteDriver Instance = new();

    private static readonly string[] Prefixes = ["$", "@", ":"];

    public override string Name => "sqlite";

    public override DbConnection Open(string connectionString, string baseDirectory)
    {
        // A bare file name (or :memory:) is the common case; a full connection string is taken as given.
        var builder = connectionString.Contains('=')
            ? new SqliteConnectionStringBuilder(connectionString)
            : new SqliteConnectionStringBuilder { DataSource = connectionString };
        var inMemory = builder.DataSource is ":memory:" or "" || builder.Mode == SqliteOpenMode.Memory;
        if (!inMemory && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            builder.DataSource = System.IO.Path.GetFullPath(builder.DataSource, baseDirectory);
        }
        // Pooling would keep the file open after close() and Dispose; a connection here lives as long as its runtime.
        if (!connectionString.Contains("pooling", StringComparison.OrdinalIgnoreCase)) builder.Pooling = false;
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }

    public override void Bind(DbCommand command, DbParameters parameters)
    {
        var sqlite = (SqliteCommand)command;
        if (parameters.Named is { } named)
        {
            // A key names $key, @key and :key alike; SQLite ignores the spellings a statement does not use.
            foreach (var (name, value) in named)
            {
                var converted = Convert(value);
                if (name.Length > 0 && name[0] is '$' or '@' or ':') sqlite.Parameters.AddWithValue(name, converted);
                else foreach (var prefix in Prefixes) sqlite.Parameters.AddWithValue(prefix + name, converted);
            }
            return;
        }
        if (parameters.Positional.Length > 0) sqlite.CommandText = SqlitePlaceholders.Number(sqlite.CommandText);
        for (var i = 0; i < parameters.Positional.Length; i++)
        {
            sqlite.Parameters.Add(new SqliteParameter { ParameterName = "?" + (i + 1).ToString(CultureInfo.InvariantCulture), Value = Convert(parameters.Positional[i]) });
        }
    }

    private static object Convert(object? value) => value switch
    {
        null => DBNull.Value,
        bool b => b ? 1L : 0L,
        BigInteger big when big >= long.MinValue && big <= long.MaxValue => (long)big,
        BigInteger big => throw new DatabaseValueException($"The BigInt {big} does not fit SQLite's 64-bit integers", "ERR_OUT_OF_RANGE"),
        DateTime time => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        DbJson json => json.Text,
        DbArray array => array.Json,
        _ => value,
    };

    public override object? Read(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal)) return null;
        var value = reader.GetValue(ordinal);
        var declared = reader.GetDataTypeName(ordinal);
        return value switch
        {
            long n when declared.Contains("BOOL", StringComparison.OrdinalIgnoreCase) => n != 0,
            string text when declared.Contains("JSON", StringComparison.OrdinalIgnoreCase) => new DbJson(text),
            string text when IsTimeType(declared) && TryParseTime(text, out var time) => time,
            _ => value,
        };
    }

    private static bool IsTimeType(string declared) =>
        declared.Contains("DATE", StringComparison.OrdinalIgnoreCase) || declared.Contains("TIMESTAMP", StringComparison.OrdinalIgnoreCase);

    private static bool TryParseTime(string text, out DateTime time)
    {
        var parsed = DateTime.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out time);
        return parsed;
    }

    public override object? LastInsertId(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT last_insert_rowid()";
        return command.ExecuteScalar() is long id && id != 0 ? id : null;
    }

    public override DatabaseFailure? Describe(Exception exception)
    {
        if (exception is not SqliteException sqlite) return null;
        var code = SqliteCodes.Name(sqlite.SqliteErrorCode);
        return new DatabaseFailure(NativeMessage(sqlite), code,
        [
            new("errno", sqlite.SqliteErrorCode),
            new("extendedErrno", sqlite.SqliteExtendedErrorCode),
        ]);
    }

    // Microsoft.Data.Sqlite wraps SQLite's message as "SQLite Error 19: 'UNIQUE constraint failed: t.id'.".
    private static string NativeMessage(SqliteException exception)
    {
        var message = exception.Message;
        var start = message.IndexOf('\'');
        var end = message.LastIndexOf('\'');
        return start >= 0 && end > start ? message[(start + 1)..end] : message;
    }
}

/// <summary>SQLite's names for its primary result codes (sqlite3.h), which scripts see as an error's <c>code</c>.</summary>
internal static class SqliteCodes
{
    private static readonly string[] Names =
    [
        "SQLITE_OK", "SQLITE_ERROR", "SQLITE_INTERNAL", "SQLITE_PERM", "SQLITE_ABORT", "SQLITE_BUSY", "SQLITE_LOCKED",
        "SQLITE_NOMEM", "SQLITE_READONLY", "SQLITE_INTERRUPT", "SQLITE_IOERR", "SQLITE_CORRUPT", "SQLITE_NOTFOUND",
        "SQLITE_FULL", "SQLITE_CANTOPEN", "SQLITE_PROTOCOL", "SQLITE_EMPTY", "SQLITE_SCHEMA", "SQLITE_TOOBIG",
        "SQLITE_CONSTRAINT", "SQLITE_MISMATCH", "SQLITE_MISUSE", "SQLITE_NOLFS", "SQLITE_AUTH", "SQLITE_FORMAT",
        "SQLITE_RANGE", "SQLITE_NOTADB", "SQLITE_NOTICE", "SQLITE_WARNING",
    ];

    public static string Name(int code) =>
        code >= 0 && (code & 0xff) < Names.Length ? Names[code & 0xff] : "SQLITE_" + code.ToString(CultureInfo.InvariantCulture);
}
