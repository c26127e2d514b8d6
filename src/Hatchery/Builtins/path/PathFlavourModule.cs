using Hatchery.NativeModules;

namespace Hatchery.Builtins.Path;

/// <summary>
/// Node's <c>path/posix</c> and <c>path/win32</c>: the same objects as <c>require('path').posix</c> and
/// <c>.win32</c>, one module per flavour (<c>posix</c> or <c>win32</c>); <c>platform</c> names it in the summary.
/// </summary>
public sealed class PathFlavourModule(string flavour, string platform) : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override string Name => "path/" + flavour;

    /// <inheritdoc />
    public override string Summary => $"The {platform} flavour of path, whatever the platform.";

    /// <inheritdoc />
    public override string Documentation => $"""
        path/{flavour} — require('path').{flavour}.

        const path = require('path/{flavour}');
        """;

    /// <inheritdoc />
    protected override string ScriptName => $"path.{flavour}.js";
}
