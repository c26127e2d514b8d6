using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery;

// Value conversion between .NET and JavaScript through System.Text.Json's contracts, without JSON text in between.
public sealed partial class JsRuntime
{
    // Deeper than this is taken for a cycle, as JSON.stringify would reject it.
    private const int MaxConversionDepth = 1000;

    /// <summary>
    /// Converts a .NET value to a JavaScript value of this runtime, as <see cref="JsonSerializer"/> would see it with
    /// the factory's <see cref="EngineSettings.JsonSerializerOptions"/>: objects become plain objects, collections arrays,
    /// numbers numbers, <c>null</c> <c>null</c>.
    /// </summary>
    public JsValue ToJs(object? value)
    {
        ThrowIfDisposed();
        if (value is null) return JsValue.Null;
        var element = JsonSerializer.SerializeToElement(value, value.GetType(), Factory.Settings.JsonSerializerOptions);
        return FromElement(element);
    }

    private JsValue FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsObject(Engine);
                foreach (var property in element.EnumerateObject()) obj.CreateDataProperty(property.Name, FromElement(property.Value));
                return obj;
            case JsonValueKind.Array:
                var items = new JsValue[element.GetArrayLength()];
                var i = 0;
                foreach (var item in element.EnumerateArray()) items[i++] = FromElement(item);
                return new JsArray(Engine, items);
            case JsonValueKind.String:
                return element.GetString()!;
            case JsonValueKind.Number:
                return element.GetDouble();
            case JsonValueKind.True:
                return JsBoolean.True;
            case JsonValueKind.False:
                return JsBoolean.False;
            default:
                return JsValue.Null;
        }
    }

    /// <summary>
    /// Converts a JavaScript value to <typeparamref name="T"/> the way <see cref="JsonSerializer"/> would read the value's
    /// <c>JSON.stringify</c> form, with the factory's <see cref="EngineSettings.JsonSerializerOptions"/>: functions and
    /// <c>undefined</c> properties are left out, <c>Date</c>s become ISO strings, <c>toJSON</c> is not called.
    /// Throws <see cref="JsonException"/> when the value does not fit <typeparamref name="T"/> or holds a cycle.
    /// </summary>
    public T? FromJs<T>(JsValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        ThrowIfDisposed();
        return ToNode(value, 0) is { } node
            ? node.Deserialize<T>(Factory.Settings.JsonSerializerOptions)
            : JsonSerializer.Deserialize<T>("null"u8, Factory.Settings.JsonSerializerOptions);
    }

    private static JsonNode? ToNode(JsValue value, int depth)
    {
        if (depth > MaxConversionDepth) throw new JsonException("The JavaScript value is nested too deeply, or holds a cycle.");
        switch (value)
        {
            case JsString s:
                return JsonValue.Create(s.ToString());
            case JsNumber n:
                var number = n.AsNumber();
                return double.IsFinite(number) ? JsonValue.Create(number) : null;
            case JsBoolean b:
                return JsonValue.Create(b.AsBoolean());
            case JsBigInt:
                throw new JsonException("A BigInt cannot be converted.");
            case JsDate date:
                return double.IsNaN(date.DateValue) ? null : JsonValue.Create(date.ToDateTime());
            case JsArray array:
                var list = new JsonArray();
                for (uint i = 0; i < array.Length; i++)
                {
                    var item = array.Get(i);
                    list.Add(item.IsUndefined() || item.IsCallable() ? null : ToNode(item, depth + 1));
                }
                return list;
            case ObjectInstance obj when !obj.IsCallable():
                var result = new JsonObject();
                foreach (var key in obj.GetOwnPropertyKeys(Types.String))
                {
                    var descriptor = obj.GetOwnProperty(key);
                    if (!descriptor.Enumerable) continue;
                    var property = obj.Get(key);
                    if (property.IsUndefined() || property.IsCallable()) continue;
                    result[key.ToString()] = ToNode(property, depth + 1);
                }
                return result;
            default:
                return null;
        }
    }
}
