using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Buffer;

/// <summary>
/// Writable, enumerable, configurable data properties, as assignment makes them, whose values are made on the first
/// read of each: how <c>Buffer</c> keeps the members most scripts never use out of a runtime's first <c>Buffer</c>
/// while Node's names, order and descriptors stay as they are.
/// </summary>
internal static class LazyMembers
{
    /// <summary>
    /// Adds a property to <paramref name="target"/> for each of <paramref name="names"/>, in order; its value is
    /// <paramref name="make"/> called with the name, when the property is first read.
    /// </summary>
    public static void Install(ObjectInstance target, string[] names, Func<string, JsValue> make)
    {
        foreach (var name in names) target.FastSetProperty(name, Lazy(make, name));
    }

    /// <summary>As the other overload, for one property keyed by <paramref name="key"/> (a symbol); <paramref name="make"/> gets its description.</summary>
    public static void Install(ObjectInstance target, JsValue key, Func<string, JsValue> make) =>
        target.FastSetProperty(key, Lazy(make, key.ToString()));

    private static PropertyDescriptor Lazy(Func<string, JsValue> make, string name) =>
        PropertyDescriptor.CreateLazy((Make: make, Name: name), static s => s.Make(s.Name), PropertyFlag.ConfigurableEnumerableWritable);
}
