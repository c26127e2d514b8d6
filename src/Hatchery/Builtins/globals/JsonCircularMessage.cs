using System.Text;
using Hatchery.Builtins.Process;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Json;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// <c>JSON.stringify</c> with V8's message for a cycle: <c>Converting circular structure to JSON</c>, then the path from
/// the object the cycle starts at to the property that closes it. Jint's serializer does the work, as its own
/// <c>stringify</c> does; only when it refuses a cycle (<c>Cyclic reference detected.</c>) is the value walked again,
/// in the serializer's order, to find the path. That walk reads data properties only: where the serializer ran code to
/// get a value (a getter, a <c>toJSON</c> other than Date's, a replacer function, a Proxy), it stops and the message
/// keeps V8's first line alone. A Date is taken to serialize as its string.
/// </summary>
internal static class JsonCircularMessage
{
    private const string JintMessage = "Cyclic reference detected.";
    private const string FirstLine = "Converting circular structure to JSON";

    // V8 prints the first two steps and the last one of a longer path, with a line of "..." between.
    private const int Prefix = 2;
    private const int Postfix = 1;

    /// <summary>The <c>stringify</c> function for <paramref name="engine"/>'s <c>JSON</c>.</summary>
    public static ClrFunction Function(Engine engine) =>
        new(engine, "stringify", (_, arguments) => Stringify(engine, arguments), 3, PropertyFlag.Configurable);

    private static JsValue Stringify(Engine engine, JsValue[] arguments)
    {
        var value = arguments.At(0);
        var replacer = arguments.At(1);
        if (value.IsUndefined() && replacer.IsUndefined()) return JsValue.Undefined;
        try
        {
            return new JsonSerializer(engine).Serialize(value, replacer, arguments.At(2));
        }
        catch (JavaScriptException e) when (e.Error is ObjectInstance error && error.GetOwnProperty("message").Value is JsString message && message.ToString() == JintMessage)
        {
            error.Set("message", Message(value, replacer));
            throw;
        }
    }

    private static string Message(JsValue root, JsValue replacer)
    {
        try
        {
            if (replacer.IsCallable()) return FirstLine;
            var walk = new Walk(replacer is ObjectInstance list && list.IsArray() ? PropertyList(list) : null);
            return walk.Visit(root, "") is { } cycle ? cycle : FirstLine;
        }
        catch (CannotTell)
        {
            return FirstLine;
        }
    }

    // The replacer array's keys, as the serializer takes them: strings, numbers and their wrappers, once each.
    private static List<string> PropertyList(ObjectInstance list)
    {
        var keys = new List<string>();
        var length = TypeConverter.ToLength(Read(list, "length"));
        for (ulong i = 0; i < length; i++)
        {
            var item = Read(list, new JsString(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            string? key = item switch
            {
                JsString or JsNumber => TypeConverter.ToString(item),
                IJsPrimitive => throw new CannotTell(),
                _ => null,
            };
            if (key is not null && !keys.Contains(key)) keys.Add(key);
        }
        return keys;
    }

    private sealed class Walk(List<string>? propertyList)
    {
        private readonly List<(ObjectInstance Holder, string Step)> _stack = [];

        // Returns the message when the cycle is found at or below value.
        public string? Visit(JsValue value, string step)
        {
            if (value is not ObjectInstance o || o.IsCallable() || IsLeaf(o)) return null;
            var start = _stack.FindIndex(entry => ReferenceEquals(entry.Holder, o));
            if (start >= 0) return Describe(start, step);
            _stack.Add((o, step));
            var isArray = o.IsArray();
            if (isArray)
            {
                var length = TypeConverter.ToLength(Read(o, "length"));
                for (ulong i = 0; i < length; i++)
                {
                    var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (Visit(Read(o, new JsString(index)), "index " + index) is { } found) return found;
                }
            }
            else
            {
                foreach (var key in propertyList ?? EnumerableKeys(o))
                {
                    if (Visit(Read(o, new JsString(key)), $"property '{key}'") is { } found) return found;
                }
            }
            _stack.RemoveAt(_stack.Count - 1);
            return null;
        }

        // What the serializer writes without walking it: boxed primitives, raw JSON, a Date through its own toJSON.
        private static bool IsLeaf(ObjectInstance o)
        {
            if (ReasonString.IsProxy(o)) throw new CannotTell();
            if (o is IJsPrimitive || o.GetType().Name == "JsRawJson") return true;
            var toJson = Read(o, "toJSON");
            if (!toJson.IsCallable()) return false;
            // A Date's toJSON gives a string (a script that made it give an object back is not followed).
            if (o is JsDate) return true;
            throw new CannotTell();
        }

        private static IEnumerable<string> EnumerableKeys(ObjectInstance o)
        {
            foreach (var key in o.GetOwnPropertyKeys(Types.String))
            {
                var descriptor = o.GetOwnProperty(key);
                if (descriptor != PropertyDescriptor.Undefined && descriptor.Enumerable) yield return key.ToString();
            }
        }

        private string Describe(int start, string closing)
        {
            var text = new StringBuilder(FirstLine);
            text.Append("\n    --> starting at object with constructor '").Append(ConstructorName(_stack[start].Holder)).Append('\'');
            var steps = _stack.Count - start - 1;
            for (var i = 1; i <= steps; i++)
            {
                if (steps > Prefix + Postfix && i == Prefix + 1) text.Append("\n    |     ...");
                if (steps > Prefix + Postfix && i > Prefix && i <= steps - Postfix) continue;
                var (holder, step) = _stack[start + i];
                text.Append("\n    |     ").Append(step).Append(" -> object with constructor '").Append(ConstructorName(holder)).Append('\'');
            }
            return text.Append("\n    --- ").Append(closing).Append(" closes the circle").ToString();
        }

        // V8 names the constructor that made the object; Jint keeps none, so: the prototype chain's constructor when it is
        // named and not Object, else a Symbol.toStringTag string, else the object's class.
        private static string ConstructorName(ObjectInstance o)
        {
            if (o.Prototype is { } prototype && ReasonString.DataProperty(prototype, "constructor") is Function constructor
                && ReasonString.DataProperty(constructor, "name") is JsString { Length: > 0 } name && name.ToString() != "Object")
            {
                return name.ToString();
            }
            if (ReasonString.DataProperty(o, Jint.Native.Symbol.GlobalSymbolRegistry.ToStringTag) is JsString tag) return tag.ToString();
            return o.IsArray() ? "Array" : "Object";
        }
    }

    // A data property along the prototype chain; an accessor means the serializer ran code this walk must not run again.
    private static JsValue Read(ObjectInstance o, JsValue key)
    {
        for (ObjectInstance? current = o; current is not null; current = current.Prototype)
        {
            if (ReasonString.IsProxy(current)) throw new CannotTell();
            var descriptor = current.GetOwnProperty(key);
            if (descriptor == PropertyDescriptor.Undefined) continue;
            return descriptor.IsDataDescriptor() ? descriptor.Value ?? JsValue.Undefined : throw new CannotTell();
        }
        return JsValue.Undefined;
    }

    private sealed class CannotTell : Exception;
}
