using Hatchery.NativeModules;
using Jint.Native;

namespace Hatchery.HostModules.Yaml;

/// <summary>Hatchery's <c>yaml</c> module: YAML text to JavaScript values and back, over YamlDotNet.</summary>
public sealed class YamlModule : NativeModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Hatchery;

    /// <inheritdoc />
    public override string Name => "yaml";

    /// <inheritdoc />
    public override string Summary => "YAML 1.2: parse, parseAll (every document) and stringify, with anchors and aliases.";

    /// <inheritdoc />
    public override string Documentation => """
        yaml — YAML 1.2 text to JavaScript values and back (Hatchery's own module, built on YamlDotNet)

        const yaml = require('yaml');

          parse(text)         the first document's value (undefined for a text without documents)
                              yaml.parse('a: 1\nb: [x, y]')            -> { a: 1, b: ['x', 'y'] }
          parseAll(text)      every document of a multi-document text (separated by ---), as an array
                              yaml.parseAll('a\n---\nb')               -> ['a', 'b']
          stringify(value)    the value as one block-style YAML document, ending with a newline; undefined
                              for undefined, a function or a symbol
                              yaml.stringify({ a: [1, 'true'] })       -> "a:\n- 1\n- 'true'\n"

        Reading follows YAML 1.2's core schema: mappings become plain objects, sequences arrays; plain scalars
        null, ~ and the empty value are null, true/false (also True, TRUE, ...) booleans, 12, 0o14, 0x0C integers,
        1.5, 1e3, .inf, -.inf, .nan floats; everything else, quoted scalars and timestamps included, is a
        string. The tags !!str, !!int, !!float, !!bool and !!null are applied; other tags are ignored. Mapping
        keys become strings (1: a gives the key "1"); a mapping or sequence as a key, and a duplicated key, are
        errors. An alias (*name) is the very value its anchor (&name) names, so shared and cyclic structure is
        kept; << merge keys copy the entries of the merged mappings that the mapping does not set itself.

        Writing follows JSON.stringify: toJSON is called (a Date becomes its ISO string), properties whose
        value is undefined, a function or a symbol are left out (null in arrays), a string that would read back
        as another type is single-quoted, and a circular structure throws a TypeError. Shared objects are
        written out each time, never as anchors.

        Errors: bad YAML throws a SyntaxError whose message ends with '(line L, column C)', and which has
        line and column properties (both counted from 1); so does nesting deeper than 1000 collections. A
        non-string text is ERR_INVALID_ARG_TYPE.
        """;

    /// <inheritdoc />
    public override void Load(NativeModuleContext context)
    {
        var engine = context.Engine;
        context.Function("parse", 1, (_, args) =>
        {
            var documents = YamlReader.ReadAll(engine, NativeArguments.String(engine, args, 0, "text"));
            return documents.Count == 0 ? JsValue.Undefined : documents[0];
        });
        context.Function("parseAll", 1, (_, args) =>
            new JsArray(engine, YamlReader.ReadAll(engine, NativeArguments.String(engine, args, 0, "text")).ToArray()));
        context.Function("stringify", 1, (_, args) =>
            YamlWriter.Write(engine, args.Length > 0 ? args[0] : JsValue.Undefined) is { } text ? new JsString(text) : JsValue.Undefined);
    }
}
