using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// Asks before the built-ins that make one string of a size given by their arguments make it, in runtimes with a limit:
/// <c>Array.prototype.join</c> whose separators alone pass the longest string V8 allows is Node's catchable
/// <c>RangeError: Invalid string length</c> at once (Jint walks every hole first, 19 s for 2^29 of them, and fills its
/// builder until the memory limit stops the run), and under a memory limit <c>join</c>, <c>repeat</c>,
/// <c>padStart</c> and <c>padEnd</c> reserve the result's bytes first, so a result that would not fit is the memory
/// limit's error before it exists rather than hundreds of megabytes measured after it returns.
/// </summary>
/// <remarks>
/// Only calls whose size is known without running script are checked (an array's own length, a string receiver, a
/// number or string argument); any other call goes to Jint's function untouched, so no getter or <c>toString</c> runs
/// twice. Installed at a runtime's first run: it gives <c>Array.prototype</c> and <c>String.prototype</c> layouts of
/// their own.
/// </remarks>
internal static class LargeStringGuard
{
    // V8's String::kMaxLength on 64-bit hosts, which Jint's repeat and pad already use: 2^29 - 24.
    private const long MaxStringLength = (1L << 29) - 24;

    /// <summary>
    /// Wraps <c>join</c> in the realm of <paramref name="runtime"/>'s engine whose global is <paramref name="global"/>
    /// (the main realm's or a vm context's), and with <paramref name="memoryLimited"/> also <c>repeat</c>,
    /// <c>padStart</c> and <c>padEnd</c>, whose only guard is the memory limit's reservation.
    /// </summary>
    public static void Install(JsRuntime runtime, bool memoryLimited, ObjectInstance global)
    {
        var engine = runtime.Engine;
        // Read from the global: Jint keeps String's intrinsic internal, and before the realm's first script the
        // globals are still Jint's.
        var arrays = (ObjectInstance)((ObjectInstance)global.Get("Array")).Get("prototype");
        Wrap(engine, arrays, "join", 1, (thisObject, arguments) => JoinedLength(thisObject, arguments, runtime),
            (thisObject, arguments) => SparseJoin(thisObject, arguments, runtime));
        if (!memoryLimited) return;
        var strings = (ObjectInstance)((ObjectInstance)global.Get("String")).Get("prototype");
        Wrap(engine, strings, "repeat", 1, (thisObject, arguments) => RepeatedLength(thisObject, arguments));
        Wrap(engine, strings, "padStart", 2, (thisObject, arguments) => PaddedLength(thisObject, arguments));
        Wrap(engine, strings, "padEnd", 2, (thisObject, arguments) => PaddedLength(thisObject, arguments));

        void Wrap(Engine engine, ObjectInstance prototype, string name, int length, Func<JsValue, JsValue[], long> resultLength,
            Func<JsValue, JsValue[], JsValue?>? shortcut = null)
        {
            var original = prototype.Get(name);
            var guarded = new ClrFunction(engine, name, (thisObject, arguments) =>
            {
                var characters = resultLength(thisObject, arguments);
                // Past the longest string Jint's own function throws Node's RangeError.
                if (characters is > 0 and <= MaxStringLength) runtime.ReserveMemory(characters * sizeof(char));
                return shortcut?.Invoke(thisObject, arguments) ?? original.Call(thisObject, arguments);
            }, length, PropertyFlag.Configurable);
            prototype.FastSetProperty(name, new PropertyDescriptor(guarded, PropertyFlag.Configurable | PropertyFlag.Writable));
        }
    }

    // The characters the separators alone take (0 when unknown); past V8's longest string, Node's RangeError.
    private static long JoinedLength(JsValue thisObject, JsValue[] arguments, JsRuntime runtime)
    {
        if (thisObject is not JsArray array) return 0;
        var separator = arguments.At(0);
        long separatorLength = separator.IsUndefined() ? 1 : separator is JsString text ? text.Length : -1;
        var length = (long)TypeConverter.ToLength(array.Get("length"));
        if (separatorLength <= 0 || length < 2) return 0;
        var characters = (length - 1) * separatorLength;
        if (characters > MaxStringLength) throw NativeModules.JsErrors.Throw(runtime.Engine, "RangeError", "Invalid string length");
        return characters;
    }

    // From this length on, a join of an array whose elements are few is made from those elements alone.
    private const long SparseJoinAbove = 1 << 20;

    /// <summary>
    /// <c>Array(2 ** 28).join('')</c> and its kind: Jint reads every index, holes included, in one step no limit
    /// interrupts (19 s for 2^28 holes, Node: instant). When the array's present elements are few (at most one index
    /// in eight), all are primitive data values (no getter or <c>toString</c> can run and change the array), and no
    /// prototype has an index property (a hole would read it), the result is those elements with the separators
    /// between: made here, in time proportional to its length. Otherwise null, and Jint's join runs.
    /// </summary>
    private static JsString? SparseJoin(JsValue thisObject, JsValue[] arguments, JsRuntime runtime)
    {
        if (thisObject is not JsArray array) return null;
        var length = (long)TypeConverter.ToLength(array.Get("length"));
        if (length < SparseJoinAbove) return null;
        var separatorValue = arguments.At(0);
        string separator;
        if (separatorValue.IsUndefined()) separator = ",";
        else if (separatorValue is JsString text) separator = text.ToString();
        else return null;
        for (var prototype = array.Prototype; prototype is not null; prototype = prototype.Prototype)
        {
            if (prototype.GetType().Name == "JsProxy") return null;
            foreach (var key in prototype.GetOwnPropertyKeys(Types.String))
            {
                if (key.ToString() is { Length: > 0 } name && char.IsAsciiDigit(name[0])) return null;
            }
        }
        var keys = array.GetOwnPropertyKeys(Types.String);
        if ((long)keys.Count * 8 > length) return null;
        var elements = new List<(long Index, string Text)>(keys.Count);
        var characters = (length - 1) * separator.Length;
        foreach (var key in keys)
        {
            // Elements only: a named property such as "007" is not index 7.
            var name = key.ToString();
            if (!uint.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var element32)
                || element32 >= length || (name.Length > 1 && name[0] == '0')) continue;
            long index = element32;
            var descriptor = array.GetOwnProperty(key);
            if (descriptor.IsAccessorDescriptor()) return null;
            var value = descriptor.Value;
            if (value.IsNull() || value.IsUndefined()) continue;
            if (value is ObjectInstance or JsSymbol) return null;
            var elementText = TypeConverter.ToString(value);
            characters += elementText.Length;
            elements.Add((index, elementText));
        }
        if (characters > MaxStringLength) throw NativeModules.JsErrors.Throw(runtime.Engine, "RangeError", "Invalid string length");
        if (characters == 0) return JsString.Empty;
        runtime.ReserveMemory(characters * sizeof(char));
        elements.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        var result = new System.Text.StringBuilder((int)characters);
        long at = 0;
        foreach (var (index, element) in elements)
        {
            AppendSeparators(result, separator, index - at);
            result.Append(element);
            at = index;
        }
        AppendSeparators(result, separator, length - 1 - at);
        return JsString.Create(result.ToString());
    }

    private static void AppendSeparators(System.Text.StringBuilder result, string separator, long count)
    {
        if (separator.Length == 0 || count <= 0) return;
        if (separator.Length == 1)
        {
            result.Append(separator[0], (int)count);
            return;
        }
        for (long i = 0; i < count; i++) result.Append(separator);
    }

    private static long RepeatedLength(JsValue thisObject, JsValue[] arguments) =>
        thisObject is JsString text && arguments.At(0) is JsNumber count && count.AsNumber() is > 0 and <= MaxStringLength
            ? (long)Math.Min(text.Length * Math.Floor(count.AsNumber()), MaxStringLength + 1)
            : 0;

    private static long PaddedLength(JsValue thisObject, JsValue[] arguments) =>
        thisObject is JsString text && arguments.At(0) is JsNumber target && target.AsNumber() > text.Length
            && (arguments.Length < 2 || arguments[1].IsUndefined() || arguments[1] is JsString { Length: > 0 })
            ? (long)Math.Min(Math.Floor(target.AsNumber()), MaxStringLength + 1)
            : 0;
}
