namespace Hatchery.HostModules.Database;

// The values that cross between the loop thread and the thread pool: plain .NET values (null, bool, long, double,
// string, byte[], DateTime in UTC, BigInteger) and these three, which say how JavaScript should see them.

/// <summary>An exact decimal number (PostgreSQL <c>numeric</c>), kept as its text so no digit is lost.</summary>
internal sealed record DbNumeric(string Text);

/// <summary>A JSON document: read from a JSON column, or a JavaScript object written as a parameter.</summary>
internal sealed record DbJson(string Text);

/// <summary>A JavaScript array written as a parameter: its items and, for drivers that store it as JSON, its JSON text.</summary>
internal sealed record DbArray(object?[] Items, string Json);

/// <summary>The parameters of one statement: positional (in order) or named (name without its prefix → value).</summary>
internal sealed record DbParameters(object?[] Positional, IReadOnlyList<KeyValuePair<string, object?>>? Named)
{
    public static readonly DbParameters None = new([], null);
}

/// <summary>What a statement is run for.</summary>
internal enum DbMode
{
    /// <summary>Every row.</summary>
    Query,

    /// <summary>The first row only.</summary>
    QueryOne,

    /// <summary>The count of changed rows and the last inserted id.</summary>
    Exec,
}

/// <summary>One statement to run: its SQL, parameters and mode.</summary>
internal sealed record DbStatement(string Sql, DbParameters Parameters, DbMode Mode);

/// <summary>What a statement produced, in .NET values, to be turned into JavaScript on the loop thread.</summary>
internal sealed class DbResult
{
    public static readonly DbResult Empty = new();

    public string[] Columns { get; init; } = [];

    public List<object?[]> Rows { get; init; } = [];

    public long RowsAffected { get; init; }

    public object? LastInsertId { get; init; }
}
