using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Util;

/// <summary>Node's <c>util/types</c> module (also <c>util.types</c>): checks of a value's internal kind.</summary>
public sealed class UtilTypesModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "util/types";

    /// <inheritdoc />
    public override string Summary => "Type checks on internal kinds: isPromise, isDate, isMap, isTypedArray, isProxy, …";

    /// <inheritdoc />
    public override string Documentation => """
        util/types — the same object as util.types.

        const { isPromise, isProxy } = require('util/types');
        isPromise(Promise.resolve()); // true

        Each check looks at what a value is, not at its prototype chain: isDate(Object.create(Date.prototype)) is false.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "util.types.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding) =>
        new FunctionBuilder(context.Engine, Name).Define(binding, "kind", 1, static (_, args) =>
            args.Length > 0 && args[0] is ObjectInstance o ? ValueKinds.Of(o) : JsValue.Undefined);
}
