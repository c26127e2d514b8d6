using System.Runtime.CompilerServices;
using Jint.Native;
using Jint.Native.Object;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Hatchery.HostModules.Yaml;

/// <summary>
/// Reads YAML text into JavaScript values from YamlDotNet's parser events: mappings become plain objects, sequences
/// arrays, scalars what the core schema says (<see cref="CoreSchema"/>). An alias is the very value its anchor
/// names, so shared and even cyclic structure survives. <c>&lt;&lt;</c> merge keys copy the entries of a mapping (or
/// of a sequence of mappings) that the mapping itself does not set.
/// </summary>
internal sealed class YamlReader
{
    /// <summary>The deepest nesting of collections a text may have.</summary>
    public const int MaxDepth = 1000;

    private readonly Engine _engine;
    private readonly IParser _parser;
    private readonly Dictionary<string, JsValue> _anchors = new(StringComparer.Ordinal);

    private YamlReader(Engine engine, string text)
    {
        _engine = engine;
        _parser = new Parser(new StringReader(text));
    }

    /// <summary>Every document in <paramref name="text"/>; an empty text has none.</summary>
    public static List<JsValue> ReadAll(Engine engine, string text)
    {
        var reader = new YamlReader(engine, text);
        var documents = new List<JsValue>();
        try
        {
            reader._parser.Consume<StreamStart>();
            while (reader._parser.TryConsume<DocumentStart>(out _))
            {
                documents.Add(reader.ReadNode(0));
                reader._parser.Consume<DocumentEnd>();
                reader._anchors.Clear();
            }
            reader._parser.Consume<StreamEnd>();
        }
        catch (YamlException e)
        {
            throw YamlErrors.Syntax(engine, e);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed input (an unclosed flow collection before a key).
            var at = reader._parser.Current?.End ?? Mark.Empty;
            throw YamlErrors.At(engine, "malformed YAML after this point", at);
        }
        return documents;
    }

    private JsValue ReadNode(int depth)
    {
        // Deep nesting must end in a JavaScript error, never in a stack overflow of the host; the limit also bounds
        // YamlDotNet's scanner, whose time grows with the square of the nesting of flow collections.
        if (depth >= MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw YamlErrors.At(_engine, $"nesting deeper than {MaxDepth} levels", _parser.Current!.Start);
        }
        var current = _parser.Current!;
        switch (current)
        {
            case AnchorAlias alias:
                _parser.MoveNext();
                return _anchors.TryGetValue(alias.Value.Value, out var target)
                    ? target
                    : throw YamlErrors.At(_engine, $"unknown alias *{alias.Value.Value}", alias.Start);
            case Scalar scalar:
                _parser.MoveNext();
                return Remember(scalar.Anchor, ReadScalar(scalar));
            case SequenceStart sequence:
                return ReadSequence(sequence, depth);
            case MappingStart mapping:
                return ReadMapping(mapping, depth);
            default:
                throw YamlErrors.At(_engine, $"unexpected {current.GetType().Name}", current.Start);
        }
    }

    private JsValue ReadScalar(Scalar scalar)
    {
        var tag = scalar.Tag;
        if (tag.IsEmpty || tag.IsNonSpecific)
        {
            // Only plain scalars are resolved; quoted, literal and folded ones, and a '!' tag, mean strings.
            return scalar.Style == ScalarStyle.Plain && tag.IsEmpty ? CoreSchema.Resolve(scalar.Value) : new JsString(scalar.Value);
        }
        if (CoreSchema.ResolveTagged(tag.Value, scalar.Value) is { } tagged) return tagged;
        if (tag.Value.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) && tag.Value is CoreSchema.NullTag or CoreSchema.BoolTag
            or CoreSchema.IntTag or CoreSchema.FloatTag)
        {
            throw YamlErrors.At(_engine, $"cannot read '{scalar.Value}' as {tag.Value}", scalar.Start);
        }
        // Other tags (application tags, !!timestamp, !!binary) are not interpreted: the scalar is read as untagged.
        return scalar.Style == ScalarStyle.Plain ? CoreSchema.Resolve(scalar.Value) : new JsString(scalar.Value);
    }

    private JsValue ReadSequence(SequenceStart start, int depth)
    {
        _parser.MoveNext();
        var array = new JsArray(_engine);
        Remember(start.Anchor, array);
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            array.Push(ReadNode(depth + 1));
        }
        return array;
    }

    private JsValue ReadMapping(MappingStart start, int depth)
    {
        _parser.MoveNext();
        var map = new JsObject(_engine);
        Remember(start.Anchor, map);
        var explicitKeys = new HashSet<string>(StringComparer.Ordinal);
        List<(JsValue Source, Mark At)>? merges = null;
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = _parser.Current!;
            if (keyEvent is Scalar { Value: "<<", Style: ScalarStyle.Plain } mergeKey && mergeKey.Tag.IsEmpty)
            {
                _parser.MoveNext();
                (merges ??= []).Add((ReadNode(depth + 1), mergeKey.Start));
                continue;
            }
            var key = ReadKey(depth);
            if (!explicitKeys.Add(key)) throw YamlErrors.At(_engine, $"duplicated mapping key '{key}'", keyEvent.Start);
            // CreateDataProperty defines an own property even for '__proto__', so no input can reach a prototype.
            map.CreateDataProperty(key, ReadNode(depth + 1));
        }
        if (merges is not null) Merge(map, explicitKeys, merges);
        return map;
    }

    // Keys are strings, as in a JavaScript object: a scalar key's value as text ('~' is "null", 0x1F is "31").
    private string ReadKey(int depth)
    {
        var at = _parser.Current!.Start;
        var key = ReadNode(depth + 1);
        return key is JsString or JsNumber or JsBoolean || key.IsNull()
            ? Jint.Runtime.TypeConverter.ToString(key)
            : throw YamlErrors.At(_engine, "a mapping or sequence as a mapping key is not supported", at);
    }

    private void Merge(ObjectInstance map, HashSet<string> explicitKeys, List<(JsValue Source, Mark At)> merges)
    {
        foreach (var (source, at) in merges)
        {
            var sources = source is JsArray list ? Enumerable.Range(0, (int)list.Length).Select(i => list[(uint)i]).ToArray() : [source];
            foreach (var item in sources)
            {
                if (item is not JsObject entries || item is JsArray) throw YamlErrors.At(_engine, "a merge key needs a mapping or a sequence of mappings", at);
                foreach (var key in entries.GetOwnPropertyKeys())
                {
                    // The mapping's own keys win, then the earlier merged mappings.
                    if (explicitKeys.Contains(key.ToString()) || map.HasOwnProperty(key)) continue;
                    map.CreateDataProperty(key, entries.Get(key));
                }
            }
        }
    }

    private JsValue Remember(AnchorName anchor, JsValue value)
    {
        if (!anchor.IsEmpty) _anchors[anchor.Value] = value;
        return value;
    }
}
