using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Util;

/// <summary>
/// Node's <c>util</c> module. Its exports are made on first read (issue 13): <c>format</c> is the C#
/// <see cref="Formatter"/> itself, <c>types</c> is <c>util/types</c>, <c>TextEncoder</c>/<c>TextDecoder</c> are the
/// globals, and every other member comes from <c>util.js</c>, which runs only when a script first reads one of them.
/// So <c>require('util').format(...)</c> costs a small object and one function, not the script and the
/// <c>internal/errors</c>, <c>internal/warning</c>, <c>internal/comparisons</c> and <c>util/types</c> it loads.
/// </summary>
public sealed class UtilModule : NativeModule
{
    /// <summary>The exports in the order scripts see them (<c>Object.keys(util)</c>).</summary>
    private static readonly string[] Names =
    [
        "callbackify", "debug", "debuglog", "deprecate", "format", "formatWithOptions", "inherits", "inspect", "isArray",
        "isBoolean", "isBuffer", "isDate", "isDeepStrictEqual", "isError", "isFunction", "isNull", "isNullOrUndefined",
        "isNumber", "isObject", "isPrimitive", "isRegExp", "isString", "isSymbol", "isUndefined", "parseArgs", "promisify",
        "stripVTControlCharacters", "toUSVString", "types", "_extend", "TextEncoder", "TextDecoder",
    ];

    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "util";

    /// <inheritdoc />
    public override string Summary => "Utilities: inspect, format, promisify, callbackify, inherits, deprecate, types, isDeepStrictEqual.";

    /// <inheritdoc />
    public override string Documentation => """
        util — Node's utility module.

        const util = require('util');
        util.inspect({ a: [1, 2] }, { depth: 0 });
        util.format('%s = %d', 'x', 42);
        const sleep = util.promisify((ms, cb) => setTimeout(cb, ms));

        Also: formatWithOptions, inspect.custom, inspect.defaultOptions, promisify.custom, callbackify, inherits,
        deprecate (one DeprecationWarning per function or code), debuglog (NODE_DEBUG), types.*, isDeepStrictEqual,
        stripVTControlCharacters, toUSVString, TextEncoder/TextDecoder (when the globals exist), and the legacy
        isArray/isString/… checks.
        """;

    /// <inheritdoc />
    public override void Load(NativeModuleContext context)
    {
        var members = new ScriptMembers(context.Runtime);
        var exports = context.Exports;
        foreach (var name in Names)
        {
            if (name == "format")
            {
                new FunctionBuilder(context.Engine, Name).DefineLazy(exports, name, 0, static (_, args) => Formatter.Format(args));
                continue;
            }
            exports.FastSetProperty(name, PropertyDescriptor.CreateLazy((Members: members, Name: name),
                static s => s.Members.Get(s.Name), PropertyFlag.ConfigurableEnumerableWritable));
        }
    }

    /// <summary>One runtime's <c>util.js</c>, run on the first read of a member that comes from it.</summary>
    private sealed class ScriptMembers(JsRuntime runtime)
    {
        private ObjectInstance? _script;

        public JsValue Get(string name) => name switch
        {
            "types" => runtime.BuiltinModules.Require("util/types"),
            // The globals a runtime provides (none in some safe modes), as util re-exports them.
            "TextEncoder" or "TextDecoder" => runtime.Engine.Global.Get(name),
            _ => Script.Get(name),
        };

        private ObjectInstance Script => _script ??= Run();

        private ObjectInstance Run()
        {
            var binding = new JsObject(runtime.Engine);
            var functions = new FunctionBuilder(runtime.Engine, "util");
            functions.Define(binding, "inspect", 2, static (_, args) =>
                Inspector.Inspect(Arg(args, 0), InspectOptionsReader.Read(Arg(args, 1))));
            // util.js validates the options and fills in inspect.defaultOptions.
            functions.Define(binding, "formatWithOptions", 1, static (_, args) =>
                Formatter.Format(args.AsSpan(Math.Min(1, args.Length)), InspectOptionsReader.Read(Arg(args, 0))));
            return (ObjectInstance)runtime.BuiltinModules.RunScript("util.js", new JsObject(runtime.Engine), binding);
        }
    }

    private static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;
}
