using System.Data.Common;

namespace Hatchery.HostModules.Database;

/// <summary>
/// What differs between the databases the module speaks to: opening a connection, binding a parameter, reading a
/// column, the id of the last insert and the error a failure becomes. Drivers are stateless and shared.
/// </summary>
internal abstract class DatabaseDriver
{
    /// <summary>The name scripts pass to <c>configure</c> and <c>open</c>.</summary>
    public abstract string Name { get; }

    /// <summary>An open connection for <paramref name="connectionString"/>; relative file names resolve from <paramref name="baseDirectory"/>.</summary>
    public abstract DbConnection Open(string connectionString, string baseDirectory);

    /// <summary>Adds <paramref name="parameters"/> to <paramref name="command"/>.</summary>
    public abstract void Bind(DbCommand command, DbParameters parameters);

    /// <summary>Column <paramref name="ordinal"/> of the current row as one of the values DbValues.cs lists.</summary>
    public abstract object? Read(DbDataReader reader, int ordinal);

    /// <summary>The id of the row the last insert on <paramref name="connection"/> created, or <c>null</c>.</summary>
    public abstract object? LastInsertId(DbConnection connection);

    /// <summary>The message, code and further properties of a database failure, or <c>null</c> if it is not one.</summary>
    public abstract DatabaseFailure? Describe(Exception exception);

    /// <summary>The driver named <paramref name="name"/>, or <c>null</c>.</summary>
    public static DatabaseDriver? Find(string name) => name switch
    {
        "sqlite" => SqliteDriver.Instance,
        "postgres" => PostgresDriver.Instance,
        _ => null,
    };
}

/// <summary>A database's own error: its message, its code and any further facts it gives (detail, constraint…).</summary>
internal sealed record DatabaseFailure(string Message, string Code, IReadOnlyList<KeyValuePair<string, object>> Properties);
