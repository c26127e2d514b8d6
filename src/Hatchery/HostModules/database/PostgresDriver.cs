using System.Data.Common;
using System.Globalization;
using System.Numerics;
using Npgsql;
using NpgsqlTypes;

namespace Hatchery.HostModules.Database;

/// <summary>
/// PostgreSQL through Npgsql. Strings are sent as PostgreSQL's <c>unknown</c> type, so the server gives them the type
/// their place in the statement needs (a <c>numeric</c>, <c>jsonb</c> or <c>timestamptz</c> column takes a string);
/// objects are sent as <c>jsonb</c>, arrays of one kind of scalar as PostgreSQL arrays.
/// </summary>
internal sealed class PostgresDriver : DatabaseDriver
{
    public static readonly PostgresDriver Instance = new();

    public override string Name => "postgres";

    public override DbConnection Open(string connectionString, string baseDirectory)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }

    public override void Bind(DbCommand command, DbParameters parameters)
    {
        var pg = (NpgsqlCommand)command;
        if (parameters.Named is { } named)
        {
            foreach (var (name, value) in named) pg.Parameters.Add(Parameter(value, name));
            return;
        }
        foreach (var value in parameters.Positional) pg.Parameters.Add(Parameter(value, null));
    }

    private static NpgsqlParameter Parameter(object? value, string? name)
    {
        var parameter = name is null ? new NpgsqlParameter() : new NpgsqlParameter { ParameterName = name };
        switch (value)
        {
            case null:
                parameter.Value = DBNull.Value;
                break;
            case string text:
                parameter.NpgsqlDbType = NpgsqlDbType.Unknown;
                parameter.Value = text;
                break;
            case BigInteger big when big >= long.MinValue && big <= long.MaxValue:
                parameter.Value = (long)big;
                break;
            case BigInteger big:
                parameter.NpgsqlDbType = NpgsqlDbType.Numeric;
                parameter.Value = big;
                break;
            case DateTime time:
                parameter.NpgsqlDbType = NpgsqlDbType.TimestampTz;
                parameter.Value = time;
                break;
            case DbJson json:
                parameter.NpgsqlDbType = NpgsqlDbType.Jsonb;
                parameter.Value = json.Text;
                break;
            case DbArray array:
                SetArray(parameter, array);
                break;
            default:
                parameter.Value = value;
                break;
        }
        return parameter;
    }

    // An array of one scalar kind (nulls allowed) is a PostgreSQL array; an empty one takes the column's array type;
    // anything else (objects, nested or mixed arrays) is jsonb.
    private static void SetArray(NpgsqlParameter parameter, DbArray array)
    {
        var items = array.Items;
        var kinds = items.Where(item => item is not null).Select(item => item!.GetType()).Distinct().ToArray();
        if (items.Length == 0)
        {
            parameter.NpgsqlDbType = NpgsqlDbType.Unknown;
            parameter.Value = "{}";
            return;
        }
        if (kinds.Length == 1 && kinds[0] == typeof(long)) parameter.Value = items.Select(i => (long?)i).ToArray();
        else if (kinds.All(k => k == typeof(long) || k == typeof(double))) parameter.Value = items.Select(i => i is null ? (double?)null : System.Convert.ToDouble(i, CultureInfo.InvariantCulture)).ToArray();
        else if (kinds.Length == 1 && kinds[0] == typeof(string))
        {
            parameter.NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text;
            parameter.Value = items.Select(i => (string?)i).ToArray();
        }
        else if (kinds.Length == 1 && kinds[0] == typeof(bool)) parameter.Value = items.Select(i => (bool?)i).ToArray();
        else
        {
            parameter.NpgsqlDbType = NpgsqlDbType.Jsonb;
            parameter.Value = array.Json;
        }
    }

    public override object? Read(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal)) return null;
        switch (reader.GetDataTypeName(ordinal))
        {
            case "json" or "jsonb":
                return new DbJson(reader.GetString(ordinal));
            case "numeric":
                try
                {
                    return Neutral(reader.GetDecimal(ordinal));
                }
                catch (Exception e) when (e is OverflowException or InvalidCastException)
                {
                    throw new DatabaseValueException(
                        $"Column \"{reader.GetName(ordinal)}\" holds a numeric value .NET's decimal cannot hold (more than 28 digits, or NaN or infinity); select it as text (::text)");
                }
            case var name when name.EndsWith("[]", StringComparison.Ordinal):
                return Neutral(NullableArray(reader, ordinal, name[..^2]));
            default:
                return Neutral(reader.GetValue(ordinal));
        }
    }

    // Npgsql reads an array of a value type as that type's array, which cannot hold NULL elements; ask for nullable ones.
    private static Array NullableArray(DbDataReader reader, int ordinal, string element) => element switch
    {
        "integer" => reader.GetFieldValue<int?[]>(ordinal),
        "bigint" => reader.GetFieldValue<long?[]>(ordinal),
        "smallint" => reader.GetFieldValue<short?[]>(ordinal),
        "double precision" => reader.GetFieldValue<double?[]>(ordinal),
        "real" => reader.GetFieldValue<float?[]>(ordinal),
        "boolean" => reader.GetFieldValue<bool?[]>(ordinal),
        "numeric" => reader.GetFieldValue<decimal?[]>(ordinal),
        "timestamp with time zone" or "timestamp without time zone" => reader.GetFieldValue<DateTime?[]>(ordinal),
        "uuid" => reader.GetFieldValue<Guid?[]>(ordinal),
        _ => (Array)reader.GetValue(ordinal),
    };

    private static object? Neutral(object? value) => value switch
    {
        null or DBNull => null,
        string or long or double or bool or byte[] => value,
        int n => (long)n,
        short n => (long)n,
        float f => (double)f,
        decimal d => new DbNumeric(d.ToString(CultureInfo.InvariantCulture)),
        BigInteger big => new DbNumeric(big.ToString(CultureInfo.InvariantCulture)),
        DateTime time => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc),
        DateTimeOffset time => time.UtcDateTime,
        DateOnly date => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        Array array => array.Cast<object?>().Select(Neutral).ToArray(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public override object? LastInsertId(DbConnection connection) => null;

    public override DatabaseFailure? Describe(Exception exception)
    {
        if (exception is PostgresException pg)
        {
            var properties = new List<KeyValuePair<string, object>> { new("severity", pg.Severity) };
            if (pg.Detail is { } detail) properties.Add(new("detail", detail));
            if (pg.ConstraintName is { } constraint) properties.Add(new("constraint", constraint));
            if (pg.TableName is { } table) properties.Add(new("table", table));
            if (pg.ColumnName is { } column) properties.Add(new("column", column));
            return new DatabaseFailure(pg.MessageText, pg.SqlState, properties);
        }
        if (exception is NpgsqlException npgsql)
        {
            return new DatabaseFailure(npgsql.Message, DatabaseConnection.ConnectionLostCode, []);
        }
        return null;
    }
}
