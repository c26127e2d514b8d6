using Hatchery.NativeModules;

namespace Hatchery.Builtins.Querystring;

/// <summary>Node's <c>querystring</c> module, written in JavaScript (<c>querystring.js</c>).</summary>
public sealed class QueryStringModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override string Name => "querystring";

    /// <inheritdoc />
    public override string Summary => "Parsing and formatting of URL query strings (parse, stringify, escape, unescape).";

    /// <inheritdoc />
    public override string Documentation => """
        querystring: parse and format URL query strings as Node does.
          parse(str, sep = '&', eq = '=', { maxKeys = 1000, decodeURIComponent })  (alias decode)
          stringify(obj, sep = '&', eq = '=', { encodeURIComponent })               (alias encode)
          escape(str), unescape(str), unescapeBuffer(str)
        Repeated keys parse to arrays; arrays stringify to repeated keys.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "querystring.js";
}
