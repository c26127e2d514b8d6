using System.Globalization;
using System.Text;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Hatchery.CallLog;

/// <summary>
/// Writes JavaScript values as the JSON the call log stores (docs/call-log.md, "Values"). It reads without running
/// script: own data properties only, a getter is recorded as <c>{"$type":"getter"}</c> without being called and a
/// Proxy as <c>{"$type":"Proxy"}</c> without touching its traps, so logging never changes what a script sees. Values
/// JSON has no form for get a <c>$type</c> marker; a cycle is cut at <c>{"$type":"circular"}</c>, and output past the
/// size limit is cut into a <c>{"$type":"truncated"}</c> marker. One encoder per runtime (it reuses its buffer).
/// </summary>
internal sealed class ValueEncoder(int maxSize)
{
    private const int MaxDepth = 32;
    private readonly StringBuilder _text = new();
    private readonly List<ObjectInstance> _ancestors = [];
    private bool _full;

    /// <summary>The JSON array of <paramref name="arguments"/>.</summary>
    public string Arguments(JsValue[] arguments)
    {
        try
        {
            Begin();
            _text.Append('[');
            for (var i = 0; i < arguments.Length && !_full; i++)
            {
                if (i > 0) _text.Append(',');
                Write(arguments[i], 0);
            }
            _text.Append(']');
            return Finish();
        }
        catch (Exception e)
        {
            return Unencodable(e);
        }
    }

    /// <summary>The JSON of one value.</summary>
    public string Value(JsValue value)
    {
        try
        {
            Begin();
            Write(value, 0);
            return Finish();
        }
        catch (Exception e)
        {
            return Unencodable(e);
        }
    }

    // Logging must never fail the call it logs: what could not be written is said, in place of the value.
    private string Unencodable(Exception e)
    {
        _text.Clear();
        _text.Append("{\"$type\":\"unencodable\",\"error\":");
        Quote(e.GetType().Name + ": " + e.Message);
        _text.Append('}');
        return _text.ToString();
    }

    /// <summary>The JSON array of host strings (a script path and its arguments).</summary>
    public string Strings(IEnumerable<string> values)
    {
        Begin();
        _text.Append('[');
        var first = true;
        foreach (var value in values)
        {
            if (!first) _text.Append(',');
            first = false;
            String(value);
            if (_full) break;
        }
        _text.Append(']');
        return Finish();
    }

    private void Begin()
    {
        _text.Clear();
        _ancestors.Clear();
        _full = false;
    }

    private string Finish()
    {
        if (!_full && _text.Length <= maxSize) return _text.ToString();
        // The marker keeps the column valid JSON: the start of what the value was, as a string.
        var prefix = _text.ToString(0, Math.Min(_text.Length, maxSize / 2));
        _text.Clear();
        _text.Append("{\"$type\":\"truncated\",\"limit\":").Append(maxSize).Append(",\"prefix\":");
        Quote(prefix);
        _text.Append('}');
        return _text.ToString();
    }

    private bool OutOfRoom()
    {
        if (_text.Length > maxSize) _full = true;
        return _full;
    }

    private void Write(JsValue value, int depth)
    {
        if (OutOfRoom()) return;
        switch (value.Type)
        {
            case Types.Undefined:
                Marker("undefined");
                return;
            case Types.Null:
                _text.Append("null");
                return;
            case Types.Boolean:
                _text.Append(value.AsBoolean() ? "true" : "false");
                return;
            case Types.String:
                String(value.ToString());
                return;
            case Types.Number:
                Number(value.AsNumber());
                return;
            case Types.BigInt:
                Marker("bigint", value.ToString());
                return;
            case Types.Symbol:
                Marker("symbol", value.ToString());
                return;
        }
        if (value is ObjectInstance o) Object(o, depth);
        else Marker("unknown");
    }

    private void Number(double number)
    {
        if (double.IsNaN(number)) Marker("number", "NaN");
        else if (double.IsPositiveInfinity(number)) Marker("number", "Infinity");
        else if (double.IsNegativeInfinity(number)) Marker("number", "-Infinity");
        else if (number == 0 && double.IsNegative(number)) Marker("number", "-0");
        // Integers, the common case, without the cost of formatting a double.
        else if (Math.Abs(number) < 9007199254740992 && number == Math.Floor(number)) _text.Append((long)number);
        else _text.Append(number.ToString("R", CultureInfo.InvariantCulture));
    }

    private void Object(ObjectInstance o, int depth)
    {
        var kind = o.GetType().Name;
        if (kind == "JsProxy")
        {
            Marker("Proxy");
            return;
        }
        if (o.IsCallable())
        {
            _text.Append("\"<function>\"");
            return;
        }
        if (_ancestors.Contains(o))
        {
            Marker("circular");
            return;
        }
        if (depth >= MaxDepth)
        {
            Marker("nested");
            return;
        }
        var start = _text.Length;
        _ancestors.Add(o);
        try
        {
            Contents(o, kind, depth);
        }
        catch (Exception e) when (e is JavaScriptException or InvalidOperationException or ArgumentException)
        {
            // An exotic object that cannot be read without running script (a module namespace in its dead zone).
            _text.Length = start;
            Marker("unreadable");
        }
        finally
        {
            _ancestors.RemoveAt(_ancestors.Count - 1);
        }
    }

    private void Contents(ObjectInstance o, string kind, int depth)
    {
        switch (o)
        {
            case JsDate date:
                Marker("Date", DateText(date.DateValue));
                return;
            case JsTypedArray typed:
                TypedArray(typed, depth);
                return;
            case JsError error:
                _text.Append("{\"$type\":\"Error\",\"name\":");
                String(PassiveReads.DataProperty(error, "name") is JsString name ? name.ToString() : "Error");
                _text.Append(",\"message\":");
                String(PassiveReads.OwnData(error, "message") is JsString message ? message.ToString() : "");
                _text.Append('}');
                return;
            case JsArray array:
                Array(array, depth);
                return;
            case ObjectWrapper wrapper:
                Marker("clr", wrapper.Target?.GetType().FullName ?? "null");
                return;
        }
        switch (kind)
        {
            case "JsPromise" or "JsMap" or "JsSet" or "JsWeakMap" or "JsWeakSet" or "JsWeakRef" or "JsRegExp" or "JsArrayBuffer"
                or "JsSharedArrayBuffer" or "JsDataView" or "GeneratorInstance" or "AsyncGeneratorInstance":
                Marker(kind.StartsWith("Js", StringComparison.Ordinal) ? kind[2..] : kind.Replace("Instance", "", StringComparison.Ordinal));
                return;
        }
        _text.Append('{');
        var first = true;
        foreach (var key in o.GetOwnPropertyKeys(Types.String))
        {
            var descriptor = o.GetOwnProperty(key);
            if (descriptor == PropertyDescriptor.Undefined || !descriptor.Enumerable) continue;
            if (!first) _text.Append(',');
            first = false;
            var name = key.ToString();
            // A script's own "$…" key is written with one more "$", so it never reads as a marker.
            String(name.StartsWith('$') ? "$" + name : name);
            _text.Append(':');
            Property(descriptor, depth);
            if (OutOfRoom()) return;
        }
        _text.Append('}');
    }

    private void Property(PropertyDescriptor descriptor, int depth)
    {
        if (descriptor.IsAccessorDescriptor()) Marker("getter");
        else Write(descriptor.Value ?? JsValue.Undefined, depth + 1);
    }

    private void Array(JsArray array, int depth)
    {
        _text.Append('[');
        var length = array.Length;
        for (uint i = 0; i < length; i++)
        {
            if (i > 0) _text.Append(',');
            var descriptor = array.GetOwnProperty(i);
            if (descriptor == PropertyDescriptor.Undefined) Marker("hole");
            else Property(descriptor, depth);
            if (OutOfRoom()) return;
        }
        _text.Append(']');
    }

    private void TypedArray(JsTypedArray typed, int depth)
    {
        var name = PassiveReads.ClassName(typed) ?? "TypedArray";
        var length = typed.Length;
        if (name == "Buffer")
        {
            // Bytes as base64, reading no more than the room left can show.
            var room = Math.Max(0, maxSize - _text.Length);
            var count = (int)Math.Min(length, (long)room * 3 / 4 + 3);
            var bytes = new byte[count];
            for (var i = 0; i < count; i++) bytes[i] = (byte)typed[i].AsNumber();
            _text.Append("{\"$type\":\"Buffer\",\"base64\":\"").Append(Convert.ToBase64String(bytes)).Append("\"}");
            if (count < length) _full = true;
            return;
        }
        _text.Append("{\"$type\":");
        String(name);
        _text.Append(",\"values\":[");
        for (var i = 0; i < length; i++)
        {
            if (i > 0) _text.Append(',');
            Write(typed[i], depth + 1);
            if (OutOfRoom()) return;
        }
        _text.Append("]}");
    }

    private static string DateText(double milliseconds)
    {
        if (double.IsNaN(milliseconds)) return "Invalid Date";
        try
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }
        catch (ArgumentOutOfRangeException)
        {
            // JavaScript dates reach further than .NET's (years beyond 9999): the time value itself.
            return milliseconds.ToString("R", CultureInfo.InvariantCulture);
        }
    }

    private void Marker(string type)
    {
        _text.Append("{\"$type\":\"").Append(type).Append("\"}");
    }

    private void Marker(string type, string value)
    {
        _text.Append("{\"$type\":\"").Append(type).Append("\",\"value\":");
        Quote(value);
        _text.Append('}');
    }

    private void String(string value)
    {
        // A string longer than the room left is cut here; the whole value then becomes a truncated marker.
        var room = maxSize - _text.Length;
        if (value.Length > room)
        {
            Quote(value.AsSpan(0, Math.Max(0, room)));
            _full = true;
            return;
        }
        Quote(value);
    }

    private void Quote(ReadOnlySpan<char> value)
    {
        _text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                default:
                    if (c < 0x20 || char.IsSurrogate(c)) _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else _text.Append(c);
                    break;
            }
        }
        _text.Append('"');
    }
}
