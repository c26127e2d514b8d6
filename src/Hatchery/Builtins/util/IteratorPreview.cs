using System.Reflection;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Util;

/// <summary>
/// The entries a Map or Set iterator has still to yield, read without advancing it, as Node's <c>previewEntries</c> reads them.
/// </summary>
/// <remarks>
/// Jint keeps its iterator classes internal. Each holds the collection's entry table and a cursor struct; stepping a copy of
/// the cursor through the table's own <c>Next</c> walks what the iterator would yield and leaves the iterator as it was.
/// When the running Jint has another shape, no entries are shown rather than consuming the iterator.
/// </remarks>
internal static class IteratorPreview
{
    private const BindingFlags Fields = BindingFlags.Instance | BindingFlags.NonPublic;

    private static readonly Lazy<Shape?> MapShape = new(() => Find("Jint.Native.Map.MapIteratorPrototype+MapIterator", "_kind"));
    private static readonly Lazy<Shape?> SetShape = new(() => Find("Jint.Native.Set.SetIteratorPrototype+SetIterator", "_keyAndValue"));

    /// <summary>The remaining entries (key, value pairs flattened when <c>KeyValue</c>), or null when the iterator cannot be read.</summary>
    public static (List<JsValue> Entries, bool KeyValue)? Read(ObjectInstance iterator)
    {
        var kind = ValueKinds.Of(iterator);
        var shape = kind == "MapIterator" ? MapShape.Value : kind == "SetIterator" ? SetShape.Value : null;
        if (shape is null || shape.Iterator != iterator.GetType()) return null;

        // Map kinds are Key, Value, KeyAndValue; a Set iterator's flag says whether it yields [value, value].
        var mode = shape.Mode.GetValue(iterator);
        var keyValue = mode is bool pairs ? pairs : Convert.ToInt32(mode, System.Globalization.CultureInfo.InvariantCulture) == 2;
        var valuesOnly = mode is not bool && Convert.ToInt32(mode, System.Globalization.CultureInfo.InvariantCulture) == 1;
        var entries = new List<JsValue>();
        if (shape.Done.GetValue(iterator) is true) return (entries, keyValue);

        var data = shape.Data.GetValue(iterator);
        object?[] step = [shape.Cursor.GetValue(iterator)];
        while (shape.Next.Invoke(data, step) is int slot && slot >= 0)
        {
            var key = (JsValue)shape.KeyAt.Invoke(data, [slot])!;
            if (mode is bool)
            {
                entries.Add(key);
                if (keyValue) entries.Add(key);
                continue;
            }
            var value = (JsValue)shape.ValueAt.Invoke(data, [slot])!;
            if (keyValue)
            {
                entries.Add(key);
                entries.Add(value);
            }
            else
            {
                entries.Add(valuesOnly ? value : key);
            }
        }
        return (entries, keyValue);
    }

    private sealed record Shape(Type Iterator, FieldInfo Data, FieldInfo Mode, FieldInfo Cursor, FieldInfo Done, MethodInfo Next, MethodInfo KeyAt, MethodInfo ValueAt);

    private static Shape? Find(string typeName, string modeField)
    {
        var type = typeof(JsValue).Assembly.GetType(typeName);
        var data = type?.GetField("_data", Fields);
        var mode = type?.GetField(modeField, Fields);
        var cursor = type?.GetField("_cursor", Fields);
        var done = type?.GetField("_done", Fields);
        var table = data?.FieldType;
        const BindingFlags methods = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
        var next = cursor is null ? null : table?.GetMethod("Next", methods, [cursor.FieldType.MakeByRefType()]);
        var keyAt = table?.GetMethod("KeyAt", methods, [typeof(int)]);
        var valueAt = table?.GetMethod("ValueAt", methods, [typeof(int)]);
        if (type is null || data is null || mode is null || cursor is null || done is null || next is null || keyAt is null || valueAt is null) return null;
        if (mode.FieldType != typeof(bool) && !mode.FieldType.IsEnum) return null;
        return new Shape(type, data, mode, cursor, done, next, keyAt, valueAt);
    }
}
