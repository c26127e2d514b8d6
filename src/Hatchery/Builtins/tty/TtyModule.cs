using Hatchery.NativeModules;

namespace Hatchery.Builtins.Tty;

/// <summary>
/// Node's <c>tty</c> module. A Hatchery runtime writes through the host's writers, never to a terminal it owns,
/// so every descriptor answers as Node answers for a pipe: not a TTY.
/// </summary>
public sealed class TtyModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override string Name => "tty";

    /// <inheritdoc />
    public override string Summary => "isatty(fd): always false, as for piped output; ReadStream and WriteStream.";

    /// <inheritdoc />
    public override string Documentation => """
        tty — terminal detection.

        isatty(fd) returns false for every descriptor: a runtime's console writes to the host's writers, which
        Hatchery never treats as a terminal (process.stdout.isTTY is likewise undefined). new ReadStream(fd) and
        new WriteStream(fd) therefore throw ERR_TTY_INIT_FAILED, as Node does for a descriptor that is not a TTY.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "tty.js";
}
