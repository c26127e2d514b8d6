using System.Globalization;
using System.Runtime.CompilerServices;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Hatchery.HostModules.Yaml;

/// <summary>
/// Writes a JavaScript value as one YAML document through YamlDotNet's emitter, in block style. It follows
/// <c>JSON.stringify</c>: <c>toJSON</c> is called (so a Date becomes its ISO string), object properties whose value is
/// undefined, a function or a symbol are left out and become <c>null</c> in arrays (boxed primitives, unlike in JSON,
/// are written as the objects they are). A string that would read back as
/// another type (<c>'true'</c>, <c>'1.5'</c>, <c>''</c>) is quoted; a circular structure is a <c>TypeError</c>.
/// </summary>
internal sealed class YamlWriter
{
    private static readonly JsString ToJson = new("toJSON");
    private readonly Engine _engine;
    private readonly IEmitter _emitter;
    private readonly HashSet<ObjectInstance> _open = new(ReferenceEqualityComparer.Instance);

    private YamlWriter(Engine engine, IEmitter emitter)
    {
        _engine = engine;
        _emitter = emitter;
    }

    /// <summary>The YAML text of <paramref name="value"/>, or <c>null</c> when the value has none (undefined, a function).</summary>
    public static string? Write(Engine engine, JsValue value)
    {
        value = Prepare(engine, value, JsString.Empty);
        if (IsSkipped(value)) return null;
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new YamlWriter(engine, new Emitter(text));
        writer._emitter.Emit(new StreamStart());
        writer._emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        writer.WriteValue(value);
        writer._emitter.Emit(new DocumentEnd(isImplicit: true));
        writer._emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private void WriteValue(JsValue value)
    {
        switch (value)
        {
            case JsString s:
                var text = s.ToString();
                // Multi-line text reads best as a literal block; the emitter picks a quoted style where one cannot be.
                var style = CoreSchema.NeedsQuotes(text) ? ScalarStyle.SingleQuoted : text.Contains('\n') ? ScalarStyle.Literal : ScalarStyle.Any;
                Scalar(text, style);
                break;
            case JsNumber n:
                Scalar(Number(n.AsNumber()), ScalarStyle.Plain);
                break;
            case JsBoolean b:
                Scalar(b.AsBoolean() ? "true" : "false", ScalarStyle.Plain);
                break;
            case JsBigInt big:
                Scalar(big.ToString(), ScalarStyle.Plain);
                break;
            case ObjectInstance o:
                WriteObject(o);
                break;
            default:
                Scalar("null", ScalarStyle.Plain);
                break;
        }
    }

    private void WriteObject(ObjectInstance value)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw JsErrors.Throw(_engine, "RangeError", "Maximum call stack size exceeded");
        if (!_open.Add(value)) throw JsErrors.Throw(_engine, "TypeError", "Converting circular structure to YAML");
        if (value.IsArray())
        {
            var length = (uint)TypeConverter.ToLength(value.Get("length"));
            _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, length == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
            for (uint i = 0; i < length; i++)
            {
                var item = Prepare(_engine, value.Get(i), new JsString(i.ToString(CultureInfo.InvariantCulture)));
                WriteValue(IsSkipped(item) ? JsValue.Null : item);
            }
            _emitter.Emit(new SequenceEnd());
        }
        else
        {
            var entries = new List<(string Key, JsValue Value)>();
            foreach (var key in value.GetOwnPropertyKeys(Types.String))
            {
                if (value.GetOwnProperty(key) is not { Enumerable: true }) continue;
                var item = Prepare(_engine, value.Get(key), key);
                if (!IsSkipped(item)) entries.Add((key.ToString(), item));
            }
            _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, entries.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
            foreach (var (key, item) in entries)
            {
                WriteValue(new JsString(key));
                WriteValue(item);
            }
            _emitter.Emit(new MappingEnd());
        }
        _open.Remove(value);
    }

    private void Scalar(string text, ScalarStyle style) =>
        _emitter.Emit(new YamlDotNet.Core.Events.Scalar(AnchorName.Empty, TagName.Empty, text, style, isPlainImplicit: true, isQuotedImplicit: true));

    // As JSON.stringify, toJSON decides what an object is written as.
    private static JsValue Prepare(Engine engine, JsValue value, JsValue key) =>
        value is ObjectInstance o && o.Get(ToJson) is ObjectInstance toJson && toJson.IsCallable() ? engine.Call(toJson, o, [key]) : value;

    private static bool IsSkipped(JsValue value) => value.IsUndefined() || value is JsSymbol || (value is ObjectInstance o && o.IsCallable());

    private static string Number(double value) => value switch
    {
        double.NaN => ".nan",
        double.PositiveInfinity => ".inf",
        double.NegativeInfinity => "-.inf",
        _ => TypeConverter.ToString(value),
    };
}
