using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Util;

/// <summary>
/// Node's <c>showHidden</c> extra: the properties an object inherits from up to three prototypes of its own (those
/// below the first built-in constructor's prototype, such as a class's accessors or an iterator prototype's
/// <c>Symbol.toStringTag</c>), listed after its own keys. Methods, <c>constructor</c> and keys the object or a nearer
/// prototype has are left out.
/// </summary>
internal static class InspectPrototypeProperties
{
    /// <summary>Whether <paramref name="name"/> is one of the global constructors Node treats as built-in.</summary>
    public static bool IsBuiltIn(string name) => Formatter.BuiltInConstructors.Contains(name) || name == "WebAssembly";

    public static void Add(InspectContext ctx, ObjectInstance main, ObjectInstance obj, int recurseTimes, List<string> output)
    {
        var seenKeys = new HashSet<JsValue>();
        List<JsValue> keys = [];
        for (var depth = 0; depth < 3; depth++)
        {
            if (depth != 0 || ReferenceEquals(main, obj))
            {
                if (obj.Prototype is not { } next) return;
                obj = next;
                var descriptor = obj.GetOwnProperty("constructor");
                if (descriptor.IsDataDescriptor() && descriptor.Value is ObjectInstance constructor && constructor.IsCallable() &&
                    IsBuiltIn(TypeConverter.ToString(constructor.Get("name"))))
                {
                    return;
                }
            }
            if (depth != 0) seenKeys.UnionWith(keys);
            keys = [.. obj.GetOwnPropertyKeys(Types.String | Types.Symbol)];
            ctx.Seen.Add(main);
            foreach (var key in keys)
            {
                if (key is JsString { } s && s.ToString() == "constructor") continue;
                if (main.GetOwnProperty(key) != Jint.Runtime.Descriptors.PropertyDescriptor.Undefined || (depth != 0 && seenKeys.Contains(key))) continue;
                var own = obj.GetOwnProperty(key);
                if (own.IsDataDescriptor() && own.Value is { } v && v.IsCallable()) continue;
                var text = InspectEntries.Property(ctx, obj, recurseTimes, key, EntryKind.Object, main);
                output.Add(ctx.Options.Colors ? "\u001b[2m" + text + "\u001b[22m" : text);
            }
            ctx.Seen.RemoveAt(ctx.Seen.Count - 1);
        }
    }
}
