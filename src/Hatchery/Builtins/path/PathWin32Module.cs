using Hatchery.NativeModules;

namespace Hatchery.Builtins.Path;

/// <summary>Node's <c>path/win32</c>: the same object as <c>require('path').win32</c>.</summary>
public sealed class PathWin32Module : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override string Name => "path/win32";

    /// <inheritdoc />
    public override string Summary => "The Windows flavour of path, whatever the platform.";

    /// <inheritdoc />
    public override string Documentation => """
        path/win32 — require('path').win32.

        const path = require('path/win32');
        """;

    /// <inheritdoc />
    protected override string ScriptName => "path.win32.js";
}
