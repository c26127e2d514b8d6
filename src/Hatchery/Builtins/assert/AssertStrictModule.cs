using Hatchery.NativeModules;

namespace Hatchery.Builtins.Assert;

/// <summary>Node's <c>assert/strict</c>: the same object as <c>require('assert').strict</c>.</summary>
public sealed class AssertStrictModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override string Name => "assert/strict";

    /// <inheritdoc />
    public override string Summary => "assert in strict mode: equal is strictEqual, deepEqual is deepStrictEqual.";

    /// <inheritdoc />
    public override string Documentation => """
        assert/strict — require('assert').strict.

        const assert = require('assert/strict');
        assert.equal(1, '1'); // throws: Expected values to be strictly equal
        """;

    /// <inheritdoc />
    protected override string ScriptName => "assert.strict.js";
}
