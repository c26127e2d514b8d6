using Hatchery.NativeModules;

namespace Hatchery.Builtins.Readline;

/// <summary>Node's <c>readline/promises</c> module: an interface whose <c>question</c> returns a promise.</summary>
public sealed class ReadlinePromisesModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override string Name => "readline/promises";

    /// <inheritdoc />
    public override string Summary => "createInterface with question() returning a promise; the Readline cursor class.";

    /// <inheritdoc />
    public override string Documentation => """
        readline/promises — readline with promises.

        createInterface(...) takes readline's options and reads lines the same way; await rl.question(query[,
        { signal }]) resolves with the next line, and rejects with an AbortError (cause: the signal's reason)
        when the signal aborts first, or with ERR_USE_AFTER_CLOSE when the interface is closed.

        new Readline(stream[, { autoCommit }]) queues cursorTo(x[, y]), moveCursor(dx, dy), clearLine(dir) and
        clearScreenDown() (each returns the Readline); await commit() writes them as one chunk, rollback() drops
        them; with autoCommit each is written on the next tick.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "readline.promises.js";
}
