using Jint;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Util;

/// <summary>How one object will print: its braces, its base text (function, date, error…), its keys and entry producer.</summary>
internal sealed class InspectShape
{
    /// <summary>The whole output when the object needs no braces (empty object, plain function, date…).</summary>
    public string? Done { get; init; }

    public List<JsValue> Keys { get; init; } = [];

    public string[] Braces { get; init; } = ["{", "}"];

    public string Base { get; init; } = "";

    public EntryKind Kind { get; init; } = EntryKind.Object;

    /// <summary>Produces the entries that come before the keyed properties (array items, map entries…).</summary>
    public Func<InspectContext, int, List<string>> Entries { get; init; } = static (_, _) => [];

    private static InspectShape Finished(string text) => new() { Done = text };

    /// <summary>
    /// The name of the nearest constructor on the prototype chain whose prototype the object inherits from;
    /// null for objects with a null prototype.
    /// </summary>
    // protoProps: with showHidden, collects the prototype properties Node adds (InspectPrototypeProperties).
    public static string? ConstructorName(InspectContext ctx, ObjectInstance value, int recurseTimes, List<string>? protoProps = null)
    {
        ObjectInstance? firstProto = null;
        var first = true;
        for (var obj = value; obj is not null;)
        {
            var descriptor = obj.GetOwnProperty("constructor");
            if (descriptor.IsDataDescriptor() && descriptor.Value is ObjectInstance constructor && constructor.IsCallable() &&
                constructor.Get("name") is JsString { Length: > 0 } name && InheritsFrom(value, constructor))
            {
                if (protoProps is not null && (!ReferenceEquals(firstProto, obj) || !InspectPrototypeProperties.IsBuiltIn(name.ToString())))
                {
                    InspectPrototypeProperties.Add(ctx, value, firstProto ?? value, recurseTimes, protoProps);
                }
                return name.ToString();
            }
            obj = obj.Prototype;
            if (first)
            {
                firstProto = obj;
                first = false;
            }
        }
        if (firstProto is null) return null;

        var internalName = value is Jint.Native.Array.ArrayInstance ? "Array" : value.IsCallable() ? "Function" : "Object";
        if (ctx.BeyondDepth(recurseTimes)) return $"{internalName} <Complex prototype>";
        var protoName = ConstructorName(ctx, firstProto, recurseTimes + 1);
        if (protoName is not null) return $"{internalName} <{protoName}>";
        var protoText = Inspector.Inspect(firstProto, ctx.Options with { Depth = -1, CustomInspect = false });
        return $"{internalName} <{protoText}>";
    }

    private static bool InheritsFrom(ObjectInstance value, ObjectInstance constructor)
    {
        if (constructor.Get("prototype") is not ObjectInstance prototype) return false;
        for (var proto = value.Prototype; proto is not null; proto = proto.Prototype)
        {
            if (ReferenceEquals(proto, prototype)) return true;
        }
        return false;
    }

    /// <summary><c>Symbol.toStringTag</c>, unless it is an own enumerable key that prints anyway.</summary>
    public static string Tag(InspectContext ctx, ObjectInstance value)
    {
        var brands = ctx.Brands(value);
        if (value.Get(brands.ToStringTag) is not JsString tag) return "";
        var text = tag.ToString();
        if (text.Length == 0) return "";
        var own = value.GetOwnProperty(brands.ToStringTag);
        var printed = own != Jint.Runtime.Descriptors.PropertyDescriptor.Undefined && (ctx.Options.ShowHidden || own.Enumerable);
        return printed ? "" : text;
    }

    public static string Prefix(string? constructor, string tag, string fallback, string size = "")
    {
        if (constructor is null)
        {
            return tag.Length > 0 && fallback != tag ? $"[{fallback}{size}: null prototype] [{tag}] " : $"[{fallback}{size}: null prototype] ";
        }
        return tag.Length > 0 && constructor != tag ? $"{constructor}{size} [{tag}] " : $"{constructor}{size} ";
    }

    // extra: entries will be added after the keys (Node's prototype properties), so the object is not empty.
    public static InspectShape Describe(InspectContext ctx, ObjectInstance value, string? constructor, string tag, int recurseTimes, bool typedArray, bool extra = false)
    {
        var brands = ctx.Brands(value);
        if (value.HasProperty(brands.Iterator) || constructor is null)
        {
            if (DescribeIterable(ctx, value, constructor, tag) is { } iterable) return iterable;
        }

        var keys = InspectKeys.Of(ctx, value);
        if (value.IsCallable())
        {
            var functionBase = FunctionBase(value, constructor, tag);
            return (keys.Count == 0 && !extra) ? Finished(ctx.Stylize(functionBase, "special")) : new InspectShape { Keys = keys, Base = functionBase };
        }
        if (constructor == "Object")
        {
            var open = value is JsArguments ? "[Arguments] {" : tag.Length > 0 ? Prefix(constructor, tag, "Object") + "{" : "{";
            return (keys.Count == 0 && !extra) ? Finished(open + "}") : new InspectShape { Keys = keys, Braces = [open, "}"] };
        }
        if (value is JsRegExp)
        {
            var text = $"/{TypeConverter.ToString(value.Get("source"))}/{TypeConverter.ToString(value.Get("flags"))}";
            var prefix = Prefix(constructor, tag, "RegExp");
            if (prefix != "RegExp ") text = prefix + text;
            if ((keys.Count == 0 && !extra) || ctx.BeyondDepth(recurseTimes)) return Finished(ctx.Stylize(text, "regexp"));
            return new InspectShape { Keys = keys, Base = text };
        }
        if (value is JsDate date)
        {
            var text = double.IsNaN(date.DateValue) ? "Invalid Date" : IsoDate(date);
            var prefix = Prefix(constructor, tag, "Date");
            if (prefix != "Date ") text = prefix + text;
            return (keys.Count == 0 && !extra) ? Finished(ctx.Stylize(text, "date")) : new InspectShape { Keys = keys, Base = text };
        }
        if (NativeModules.JsErrors.IsError(value))
        {
            var text = InspectErrors.Format(ctx, value, constructor, tag, keys);
            return (keys.Count == 0 && !extra) ? Finished(text) : new InspectShape { Keys = keys, Base = text };
        }
        if (value.IsArrayBuffer())
        {
            var prefix = Prefix(constructor, tag, "ArrayBuffer");
            var byteLength = value.Get("byteLength");
            // Node formats this byteLength without numericSeparator.
            if (typedArray && (keys.Count == 0 && !extra)) return Finished(prefix + "{ byteLength: " + ctx.Stylize(InspectPrimitives.FormatNumber(TypeConverter.ToNumber(byteLength)), "number") + " }");
            keys.Insert(0, "byteLength");
            return new InspectShape
            {
                Keys = keys,
                Braces = [prefix + "{", "}"],
                Entries = typedArray ? static (_, _) => [] : (c, _) => InspectEntries.ArrayBufferContents(c, value),
            };
        }
        if (value.IsDataView())
        {
            keys.InsertRange(0, [new JsString("byteLength"), new JsString("byteOffset"), new JsString("buffer")]);
            return new InspectShape { Keys = keys, Braces = [Prefix(constructor, tag, "DataView") + "{", "}"] };
        }
        if (value.IsPromise())
        {
            return new InspectShape { Keys = keys, Braces = [Prefix(constructor, tag, "Promise") + "{", "}"], Entries = (c, r) => InspectEntries.Promise(c, value, r) };
        }
        if (brands.IsWeakSet(value) || brands.IsWeakMap(value))
        {
            var kind = brands.IsWeakSet(value) ? "WeakSet" : "WeakMap";
            return new InspectShape { Keys = keys, Braces = [Prefix(constructor, tag, kind) + "{", "}"], Entries = static (c, _) => [c.Stylize("<items unknown>", "special")] };
        }
        if (brands.Boxed(value) is { } boxed)
        {
            if (boxed.Type == "String") keys.RemoveRange(0, Math.Min(keys.Count, boxed.Primitive.ToString().Length));
            var text = BoxedBase(ctx, boxed.Type, boxed.Primitive, constructor, tag);
            return (keys.Count == 0 && !extra) ? Finished(text) : new InspectShape { Keys = keys, Base = text };
        }
        // A module namespace is Node's "[Module: null prototype] {".
        var open2 = Prefix(constructor, tag, ValueKinds.Of(value) == "Module" ? "Module" : "Object") + "{";
        return (keys.Count == 0 && !extra) ? Finished(open2 + "}") : new InspectShape { Keys = keys, Braces = [open2, "}"] };
    }

    private static InspectShape? DescribeIterable(InspectContext ctx, ObjectInstance value, string? constructor, string tag)
    {
        switch (value)
        {
            case Jint.Native.Array.ArrayInstance:
            {
                var length = TypeConverter.ToLength(value.Get("length"));
                var prefix = constructor != "Array" || tag.Length > 0 ? Prefix(constructor, tag, "Array", $"({length})") : "";
                var keys = InspectKeys.NonIndex(ctx, value);
                if (length == 0 && keys.Count == 0) return Finished(prefix + "[]");
                return new InspectShape { Keys = keys, Braces = [prefix + "[", "]"], Kind = EntryKind.ArrayExtras, Entries = (c, r) => InspectEntries.Array(c, value, length, r) };
            }
            case JsSet set:
            {
                var prefix = Prefix(constructor, tag, "Set", $"({set.Size})");
                var keys = InspectKeys.Of(ctx, value);
                if (set.Size == 0 && keys.Count == 0) return Finished(prefix + "{}");
                return new InspectShape { Keys = keys, Braces = [prefix + "{", "}"], Entries = (c, r) => InspectEntries.Set(c, set, r) };
            }
            case JsMap map:
            {
                var prefix = Prefix(constructor, tag, "Map", $"({map.Size})");
                var keys = InspectKeys.Of(ctx, value);
                if (map.Size == 0 && keys.Count == 0) return Finished(prefix + "{}");
                return new InspectShape { Keys = keys, Braces = [prefix + "{", "}"], Entries = (c, r) => InspectEntries.Map(c, map, r) };
            }
            case JsTypedArray typed:
            {
                var keys = InspectKeys.NonIndex(ctx, value);
                var prefix = Prefix(constructor, tag, constructor is null ? TypedArrayName(typed) : "", $"({typed.Length})");
                if (typed.Length == 0 && keys.Count == 0 && !ctx.Options.ShowHidden) return Finished(prefix + "[]");
                return new InspectShape { Keys = keys, Braces = [prefix + "[", "]"], Kind = EntryKind.ArrayExtras, Entries = (c, r) => InspectEntries.TypedArray(c, typed, r) };
            }
            default:
                return ValueKinds.Of(value) is "MapIterator" or "SetIterator" ? DescribeIterator(ctx, value, tag) : null;
        }
    }

    // Node's "[Map Iterator] { 'a' }", "[Map Entries] { [ 'a', 1 ] }": the entries still to come, previewed without advancing.
    private static InspectShape DescribeIterator(InspectContext ctx, ObjectInstance value, string tag)
    {
        var type = ValueKinds.Of(value) == "MapIterator" ? "Map" : "Set";
        var label = tag == $"{type} Iterator" ? tag : (tag.Length > 0 ? tag + "] [" : "") + $"{type} Iterator";
        var preview = IteratorPreview.Read(value);
        if (preview is { KeyValue: true }) label = label[..^" Iterator".Length] + " Entries";
        return new InspectShape
        {
            Keys = InspectKeys.Of(ctx, value),
            Braces = [$"[{label}] {{", "}"],
            Entries = (c, r) => InspectEntries.Iterator(c, preview?.Entries ?? [], preview?.KeyValue ?? false, r),
        };
    }

    private static string TypedArrayName(JsTypedArray value) =>
        value.IsUint8Array() ? "Uint8Array" : value.IsUint8ClampedArray() ? "Uint8ClampedArray" : value.IsUint16Array() ? "Uint16Array" :
        value.IsUint32Array() ? "Uint32Array" : value.IsInt8Array() ? "Int8Array" : value.IsInt16Array() ? "Int16Array" :
        value.IsInt32Array() ? "Int32Array" : value.IsFloat32Array() ? "Float32Array" : value.IsFloat64Array() ? "Float64Array" :
        value.IsBigInt64Array() ? "BigInt64Array" : value.IsBigUint64Array() ? "BigUint64Array" : "TypedArray";

    private static string FunctionBase(ObjectInstance value, string? constructor, string tag)
    {
        if (value is Function function && JsBrands.IsClass(function)) return ClassBase(value, constructor, tag);
        var type = value is Function f ? JsBrands.FunctionType(f) : "Function";
        var text = "[" + type;
        if (constructor is null) text += " (null prototype)";
        var name = value.Get("name");
        text += name is JsString { Length: > 0 } ? ": " + name : name is JsString ? " (anonymous)" : ": " + TypeConverter.ToString(name);
        text += "]";
        if (constructor != type && constructor is not null) text += " " + constructor;
        if (tag.Length > 0 && constructor != tag) text += $" [{tag}]";
        return text;
    }

    private static string ClassBase(ObjectInstance value, string? constructor, string tag)
    {
        var name = value.HasOwnProperty("name") && value.Get("name") is var n && TypeConverter.ToBoolean(n) ? TypeConverter.ToString(n) : "(anonymous)";
        var text = "class " + name;
        if (constructor != "Function" && constructor is not null) text += $" [{constructor}]";
        if (tag.Length > 0 && constructor != tag) text += $" [{tag}]";
        if (constructor is not null)
        {
            if (value.Prototype?.Get("name") is { } superName && TypeConverter.ToBoolean(superName)) text += " extends " + TypeConverter.ToString(superName);
        }
        else
        {
            text += " extends [null prototype]";
        }
        return "[" + text + "]";
    }

    private static string BoxedBase(InspectContext ctx, string type, JsValue primitive, string? constructor, string tag)
    {
        var text = "[" + type;
        if (type != constructor) text += constructor is null ? " (null prototype)" : $" ({constructor})";
        text += ": " + InspectPrimitives.Format(new InspectContext(ctx.Options with { Colors = false }), primitive) + "]";
        if (tag.Length > 0 && tag != constructor) text += $" [{tag}]";
        return ctx.Stylize(text, type.ToLowerInvariant());
    }

    private static string IsoDate(ObjectInstance date) =>
        TypeConverter.ToString(date.Engine.Global.Get("Date").Get("prototype").Get("toISOString").Call(date, []));
}
