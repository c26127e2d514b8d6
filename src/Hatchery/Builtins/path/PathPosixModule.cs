using Hatchery.NativeModules;

namespace Hatchery.Builtins.Path;

/// <summary>Node's <c>path/posix</c>: the same object as <c>require('path').posix</c>.</summary>
public sealed class PathPosixModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override string Name => "path/posix";

    /// <inheritdoc />
    public override string Summary => "The POSIX flavour of path, whatever the platform.";

    /// <inheritdoc />
    public override string Documentation => """
        path/posix — require('path').posix.

        const path = require('path/posix');
        """;

    /// <inheritdoc />
    protected override string ScriptName => "path.posix.js";
}
