using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Buffer;

/// <summary>
/// Writable, enumerable, configurable data properties, as assignment makes them, whose values a script function makes
/// on the first read of each: how <c>buffer.js</c> keeps the members most scripts never use out of a runtime's first
/// <c>Buffer</c> while Node's names, order and descriptors stay as they are.
/// </summary>
internal static class LazyMembers
{
    /// <summary>
    /// Adds a property to <paramref name="target"/> for each key in <paramref name="keys"/> (strings or symbols, in
    /// order); its value is <paramref name="make"/> called with the key, when the property is first read.
    /// </summary>
    public static void Install(ObjectInstance target, ObjectInstance keys, Function make)
    {
        var length = (uint)keys.Get("length").AsNumber();
        for (uint i = 0; i < length; i++)
        {
            var key = keys.Get(i);
            target.FastSetProperty(key, PropertyDescriptor.CreateLazy((Make: make, Key: key),
                static s => s.Make.Call(JsValue.Undefined, new[] { s.Key }), PropertyFlag.ConfigurableEnumerableWritable));
        }
    }
}
