using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Util;

/// <summary>Node's <c>util</c> module, in <c>util.js</c>; <c>inspect</c> and <c>format</c> bind to the C# <see cref="Inspector"/> and <see cref="Formatter"/>.</summary>
public sealed class UtilModule : ScriptedModule
{
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
    protected override string ScriptName => "util.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding)
    {
        var functions = new FunctionBuilder(context.Engine, Name);
        functions.Define(binding, "inspect", 2, static (_, args) =>
            Inspector.Inspect(Arg(args, 0), InspectOptionsReader.Read(Arg(args, 1))));
        functions.Define(binding, "format", 0, static (_, args) => Formatter.Format(args));
        // util.js validates the options and fills in inspect.defaultOptions.
        functions.Define(binding, "formatWithOptions", 1, static (_, args) =>
            Formatter.Format(args.AsSpan(Math.Min(1, args.Length)), InspectOptionsReader.Read(Arg(args, 0))));
    }

    private static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;
}
