using System.Runtime.CompilerServices;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Json;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// <c>JSON.parse</c> at any depth, as in Node, which parses a million nested arrays. Jint's parser is used first, as is,
/// for its speed; text it refuses, as too deep (more than 64 levels) or as invalid, is parsed again by
/// <see cref="IterativeJsonParser"/>, which parses the deep text and gives invalid text V8's message. A reviver then walks the result recursively, as Node's does: past the stack's
/// room that is a catchable <c>RangeError</c>. The same parse serves <c>require</c> of a <c>.json</c> file and JSON
/// columns read from a database.
/// </summary>
internal static class JsonParseAnyDepth
{
    /// <summary>
    /// Replaces <c>JSON.parse</c> in <paramref name="engine"/>, and <c>JSON.stringify</c> (<see cref="JsonCircularMessage"/>),
    /// lazily: the global <c>JSON</c> is Jint's own object, given the new functions when a script first reads it. Done when the runtime first runs script rather than at spawn, as it
    /// turns the global object's shared layout into a dictionary of its own (about 1,400 instructions).
    /// </summary>
    public static void Install(Engine engine)
    {
        var jintJson = engine.Global.GetOwnProperty("JSON");
        engine.Global.FastSetProperty("JSON", PropertyDescriptor.CreateLazy((Engine: engine, Descriptor: jintJson),
            static state => WithParse(state.Engine, (ObjectInstance)state.Descriptor.Value), PropertyFlag.Configurable | PropertyFlag.Writable));
    }

    /// <summary>Parses <paramref name="text"/> as JSON in <paramref name="engine"/>, whatever its depth; throws JSON.parse's <c>SyntaxError</c>.</summary>
    public static JsValue Parse(Engine engine, string text)
    {
        try
        {
            return new JsonParser(engine).Parse(text);
        }
        catch (JavaScriptException e) when (IsSyntaxError(e))
        {
            return IterativeJsonParser.Parse(engine, text);
        }
    }

    private static ObjectInstance WithParse(Engine engine, ObjectInstance json)
    {
        var original = json.Get("parse");
        var parse = new ClrFunction(engine, "parse", (thisObject, arguments) => Parse(engine, original, thisObject, arguments), 2, PropertyFlag.Configurable);
        json.FastSetProperty("parse", new PropertyDescriptor(parse, PropertyFlag.Configurable | PropertyFlag.Writable));
        json.FastSetProperty("stringify", new PropertyDescriptor(JsonCircularMessage.Function(engine), PropertyFlag.Configurable | PropertyFlag.Writable));
        return json;
    }

    private static JsValue Parse(Engine engine, JsValue original, JsValue thisObject, JsValue[] arguments)
    {
        // Converted once: a toString() with side effects must not run again for the second parse.
        var text = new JsString(TypeConverter.ToString(arguments.At(0)));
        var reviver = arguments.At(1);
        try
        {
            return engine.Call(original, thisObject, new JsValue[] { text, reviver });
        }
        catch (JavaScriptException e) when (IsSyntaxError(e))
        {
            // Throws V8's SyntaxError for invalid text; text it parses was refused for depth, or a reviver threw.
            var parsed = IterativeJsonParser.Parse(engine, text.ToString());
            if (!IsDepthRefusal(e)) throw;
            return reviver.IsCallable() ? ReviveRoot(engine, parsed, reviver) : parsed;
        }
    }

    private static JsValue ReviveRoot(Engine engine, JsValue value, JsValue reviver)
    {
        var root = engine.Intrinsics.Object.Construct(Arguments.Empty);
        root.CreateDataProperty(JsString.Empty, value);
        return Revive(engine, root, JsString.Empty, reviver);
    }

    private static bool IsSyntaxError(JavaScriptException e) =>
        e.Error is ObjectInstance error && error.Get("name") is JsString { } name && name.ToString() == "SyntaxError";

    private static bool IsDepthRefusal(JavaScriptException e) =>
        e.Error is ObjectInstance error && error.Get("message") is JsString message
        && message.ToString().StartsWith("Max. depth level of JSON reached", StringComparison.Ordinal);

    // The specification's InternalizeJSONProperty: children first, then the reviver on the holder's property.
    private static JsValue Revive(Engine engine, ObjectInstance holder, JsValue name, JsValue reviver)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw JsErrors.Throw(engine, "RangeError", "Maximum call stack size exceeded");
        var value = holder.Get(name);
        if (value is ObjectInstance record)
        {
            if (record.IsArray())
            {
                var length = TypeConverter.ToLength(record.Get("length"));
                for (ulong i = 0; i < length; i++) ReviveChild(engine, record, JsNumber.Create((double)i), reviver);
            }
            else
            {
                foreach (var key in record.GetOwnPropertyKeys(Types.String))
                {
                    if (record.GetOwnProperty(key).Enumerable) ReviveChild(engine, record, key, reviver);
                }
            }
        }
        return engine.Call(reviver, holder, new[] { name is JsString ? name : new JsString(TypeConverter.ToString(name)), value });
    }

    private static void ReviveChild(Engine engine, ObjectInstance record, JsValue key, JsValue reviver)
    {
        var revived = Revive(engine, record, key, reviver);
        if (revived.IsUndefined()) record.Delete(key);
        else record.CreateDataProperty(key, revived);
    }
}
