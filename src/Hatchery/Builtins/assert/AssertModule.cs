using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native.Object;

namespace Hatchery.Builtins.Assert;

/// <summary>Node's <c>assert</c> module, in <c>assert.js</c>: assertions that throw <c>AssertionError</c>.</summary>
public sealed class AssertModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "assert";

    /// <inheritdoc />
    public override string Summary => "Assertions: ok, equal, strictEqual, deepStrictEqual, throws, rejects, match, …";

    /// <inheritdoc />
    public override string Documentation => """
        assert — Node's assertion module.

        const assert = require('assert');
        assert.strictEqual(1 + 1, 2);
        assert.deepStrictEqual({ a: [1] }, { a: [1] });
        assert.throws(() => JSON.parse('{'), SyntaxError);

        Functions: ok (and assert itself), equal, notEqual, strictEqual, notStrictEqual, deepEqual, deepStrictEqual,
        notDeepEqual, notDeepStrictEqual, throws, doesNotThrow, rejects, doesNotReject, match, doesNotMatch, fail,
        ifError. assert.strict (also require('assert/strict')) makes equal and deepEqual strict. Failures throw
        assert.AssertionError with code 'ERR_ASSERTION', actual, expected, operator and Node's messages.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "assert.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding) =>
        new FunctionBuilder(context.Engine, Name).Define(binding, "callSite", 1, static (_, args) =>
            CallSiteSource.Read(args.Length > 0 ? args[0].ToString() : "") is { } text ? text : Jint.Native.JsValue.Undefined);
}
