using Microsoft.Data.Sqlite;

namespace Hatchery.CallLog;

/// <summary>
/// The call log's tables (docs/call-log.md), identified by SQLite's <c>application_id</c> and versioned by its
/// <c>user_version</c>. Opening a database brings it to <see cref="Version"/> in place, one migration step at a time,
/// so a log written by an older Hatchery keeps its rows; anything that is not a call log is refused, never altered.
/// </summary>
public static class CallLogSchema
{
    /// <summary>The <c>application_id</c> of a call log: the bytes <c>HCLG</c>.</summary>
    public const int ApplicationId = 0x48434C47;

    /// <summary>The schema version this Hatchery writes.</summary>
    public const int Version = 2;

    // Step i takes a database from version i to i + 1. Never edit a released step: add one.
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE calls (
          id INTEGER PRIMARY KEY,
          ts TEXT NOT NULL,
          runtime TEXT NOT NULL,
          direction TEXT NOT NULL,
          module TEXT NOT NULL,
          function TEXT NOT NULL,
          args TEXT NOT NULL,
          result TEXT,
          duration_us INTEGER NOT NULL,
          error_name TEXT,
          error_message TEXT
        );
        CREATE TABLE runtimes (
          id TEXT PRIMARY KEY,
          factory TEXT NOT NULL,
          started TEXT NOT NULL,
          ended TEXT,
          exit_code INTEGER
        );
        CREATE INDEX calls_ts ON calls (ts);
        CREATE INDEX calls_runtime ON calls (runtime);
        """,
        // 2: entries dropped by a full queue are counted per runtime; stats group by function, so it gets an index.
        """
        ALTER TABLE runtimes ADD COLUMN dropped INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX calls_function ON calls (module, function);
        """,
    ];

    /// <summary>Makes the database behind <paramref name="connection"/> a call log of the current version, creating or migrating it.</summary>
    internal static void Upgrade(SqliteConnection connection, string path)
    {
        var version = Check(connection, path, forWriting: true);
        if (version == Version) return;
        using var transaction = connection.BeginTransaction();
        for (var step = version; step < Version; step++) Execute(connection, transaction, Steps[step]);
        Execute(connection, transaction, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {Version};");
        transaction.Commit();
    }

    /// <summary>
    /// The schema version of the database behind <paramref name="connection"/> (0 for an empty database, which only a
    /// writer may initialise); throws <see cref="CallLogException"/> when it is no call log this Hatchery can read.
    /// </summary>
    public static int Check(SqliteConnection connection, string path, bool forWriting = false)
    {
        ArgumentNullException.ThrowIfNull(connection);
        int application, version;
        long tables;
        try
        {
            application = (int)Scalar(connection, "PRAGMA application_id");
            version = (int)Scalar(connection, "PRAGMA user_version");
            tables = Scalar(connection, "SELECT count(*) FROM sqlite_master");
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 or 11)
        {
            throw new CallLogException(path, "the file is not a SQLite database (corrupted, or another kind of file)", e);
        }
        if (application == ApplicationId)
        {
            if (version > Version) throw new CallLogException(path, $"written by a newer Hatchery (schema version {version}; this one knows up to {Version})");
            return version;
        }
        if (application == 0 && tables == 0)
        {
            if (forWriting) return 0;
            throw new CallLogException(path, "the database is empty: no call log has been written to it");
        }
        throw new CallLogException(path, "the file is a SQLite database but not a Hatchery call log");
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
