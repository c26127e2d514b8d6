namespace Hatchery.NativeModules.Path;

/// <summary>Node's <c>path</c> module (POSIX flavour).</summary>
public sealed class PathModule : NativeModule
{
    /// <inheritdoc />
    public override string Name => "path";

    /// <inheritdoc />
    public override string Summary => "Utilities for working with file and directory paths (POSIX).";

    /// <inheritdoc />
    public override string Documentation => Summary;

    /// <inheritdoc />
    public override void Load(NativeModuleContext context)
    {
        context.Value("sep", "/");
    }
}
