using System.Numerics;
using Hatchery.Builtins.Buffer;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Json;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.HostModules.Database;

/// <summary>
/// Converts between JavaScript values and the .NET values statements carry (DbValues.cs), on the loop thread.
/// Integers are exact both ways: a number that is a safe integer travels as a 64-bit integer, a BigInt as a
/// <see cref="BigInteger"/>, and an integer read back beyond 2^53 - 1 becomes a BigInt.
/// </summary>
internal sealed class DatabaseValues
{
    private const long MaxSafeInteger = (1L << 53) - 1;

    private readonly JsRuntime _runtime;
    private readonly Engine _engine;
    private JsValue? _bufferFrom;
    private JsValue? _buffer;
    private JsValue? _bigInt;

    public DatabaseValues(JsRuntime runtime)
    {
        _runtime = runtime;
        _engine = runtime.Engine;
    }

    /// <summary>The parameters of a statement: the items of <paramref name="values"/>, or its own properties when <paramref name="named"/>.</summary>
    public DbParameters Parameters(JsValue values, bool named)
    {
        var source = (ObjectInstance)values;
        if (named)
        {
            var pairs = new List<KeyValuePair<string, object?>>();
            foreach (var key in source.GetOwnPropertyKeys(Types.String))
            {
                var name = key.ToString();
                pairs.Add(new(name, ToDatabase(source.Get(key), name)));
            }
            return new DbParameters([], pairs);
        }
        var length = (int)TypeConverter.ToLength(source.Get("length"));
        var positional = new object?[length];
        for (var i = 0; i < length; i++) positional[i] = ToDatabase(source.Get(i), $"params[{i}]");
        return new DbParameters(positional, null);
    }

    private object? ToDatabase(JsValue value, string name)
    {
        switch (value)
        {
            case var _ when value.IsNull() || value.IsUndefined():
                return null;
            case JsBoolean b:
                return b.AsBoolean();
            case JsNumber n:
                var number = n.AsNumber();
                return double.IsInteger(number) && Math.Abs(number) <= MaxSafeInteger ? (long)number : number;
            case JsBigInt:
                return TypeConverter.ToBigInt(value);
            case JsString s:
                return s.ToString();
            case JsDate date:
                if (double.IsNaN(date.DateValue)) throw JsErrors.Throw(_engine, "RangeError", $"The \"{name}\" parameter is an invalid Date", "ERR_INVALID_ARG_VALUE");
                return DateTime.UnixEpoch.AddMilliseconds(date.DateValue);
            case var _ when ArrayBufferViews.IsView(value):
                return ArrayBufferViews.Bytes(value).ToArray();
            case JsArray array:
                var items = new object?[(int)array.Length];
                for (var i = 0; i < items.Length; i++) items[i] = ToDatabase(array.Get(i), $"{name}[{i}]");
                return new DbArray(items, Json(value, name));
            case ObjectInstance o when !o.IsCallable():
                return new DbJson(Json(value, name));
            default:
                throw NativeArguments.InvalidType(_engine, name,
                    "one of null, boolean, number, bigint, string, Date, Buffer, array or object", value);
        }
    }

    private string Json(JsValue value, string name)
    {
        var text = new JsonSerializer(_engine).Serialize(value);
        return text is JsString json ? json.ToString()
            : throw NativeArguments.InvalidType(_engine, name, "a value JSON can represent", value);
    }

    /// <summary>The JavaScript value for a value read from the database.</summary>
    public JsValue ToJs(object? value) => value switch
    {
        null => JsValue.Null,
        bool b => b ? JsBoolean.True : JsBoolean.False,
        long n when n >= -MaxSafeInteger && n <= MaxSafeInteger => JsNumber.Create(n),
        long n => BigInt(new BigInteger(n)),
        BigInteger big => BigInt(big),
        double d => JsNumber.Create(d),
        string s => new JsString(s),
        byte[] bytes => Buffer(bytes),
        DateTime time => JsValue.FromObject(_engine, DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        DbNumeric numeric => new JsString(numeric.Text),
        DbJson json => Builtins.Globals.JsonParseAnyDepth.Parse(_engine, json.Text),
        object?[] items => Array(items),
        _ => new JsString(value.ToString() ?? ""),
    };

    // Jint makes BigInts only from script; BigInt(text) is exact.
    private JsValue BigInt(BigInteger value)
    {
        _bigInt ??= _engine.Global.Get("BigInt");
        return _engine.Call(_bigInt, JsValue.Undefined, [new JsString(value.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
    }

    private JsValue Array(object?[] items)
    {
        var values = new JsValue[items.Length];
        for (var i = 0; i < items.Length; i++) values[i] = ToJs(items[i]);
        return new JsArray(_engine, values);
    }

    private JsValue Buffer(byte[] bytes)
    {
        if (_bufferFrom is null)
        {
            _buffer = ((ObjectInstance)_runtime.BuiltinModules.Require("buffer")).Get("Buffer");
            _bufferFrom = ((ObjectInstance)_buffer).Get("from");
        }
        return _engine.Call(_bufferFrom, _buffer!, [_engine.Intrinsics.ArrayBuffer.Construct(bytes)]);
    }

    /// <summary>What a statement run in <paramref name="mode"/> gives the script: rows, one row (or undefined), or the change counts.</summary>
    public JsValue Result(DbResult result, DbMode mode)
    {
        if (mode == DbMode.Exec)
        {
            var summary = new JsObject(_engine);
            summary.CreateDataProperty("rowsAffected", ToJs(result.RowsAffected));
            summary.CreateDataProperty("lastInsertId", ToJs(result.LastInsertId));
            return summary;
        }
        var keys = new JsString[result.Columns.Length];
        for (var i = 0; i < keys.Length; i++) keys[i] = new JsString(result.Columns[i]);
        if (mode == DbMode.QueryOne) return result.Rows.Count == 0 ? JsValue.Undefined : Row(keys, result.Rows[0]);
        var rows = new JsValue[result.Rows.Count];
        for (var i = 0; i < rows.Length; i++) rows[i] = Row(keys, result.Rows[i]);
        return new JsArray(_engine, rows);
    }

    private JsObject Row(JsString[] keys, object?[] values)
    {
        var row = new JsObject(_engine);
        for (var i = 0; i < keys.Length; i++) row.CreateDataProperty(keys[i], ToJs(values[i]));
        return row;
    }
}
