using Hatchery.NativeModules;

namespace Hatchery.Builtins.Readline;

/// <summary>
/// Node's <c>readline</c> module for input that is not a terminal: lines from any readable stream, prompts and
/// questions written to any writable one, and the ANSI cursor helpers.
/// </summary>
public sealed class ReadlineModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override string Name => "readline";

    /// <inheritdoc />
    public override string Summary => "createInterface: lines of a readable stream, prompts and questions; cursor helpers.";

    /// <inheritdoc />
    public override string Documentation => """
        readline — reading a stream line by line.

        createInterface({ input, output, prompt = '> ', crlfDelay, historySize, signal }) (or the positional
        createInterface(input, output)) decodes input as UTF-8 and emits 'line' for each line ending in \n, \r\n
        or a lone \r (a \r\n split across chunks counts once when the \n comes within crlfDelay ms, at least 100),
        and for text left without a newline when the input ends; then 'close'. rl.close(), an aborted signal or
        the input's end close it; 'pause' and 'resume' follow rl.pause()/resume() (which pause the input); an
        error of the input is emitted on the interface. for await (const line of rl) iterates the lines from
        the first call on (leaving the loop early leaves the interface open, as in Node 20);
        events.once(rl, 'close') waits for the end.

        rl.question(query[, { signal }], callback) writes query to output and answers with the next line (which
        then is no 'line' event); util.promisify(rl.question) returns a promise. rl.prompt() writes the prompt,
        rl.setPrompt(text)/getPrompt() change it, rl.write(data) feeds text as the input would. rl.line stays ''
        and rl.history empty: there is no line editing.

        The cursor helpers write ANSI sequences to any stream: cursorTo(stream, x[, y][, cb]),
        moveCursor(stream, dx, dy[, cb]), clearLine(stream, dir[, cb]) and clearScreenDown(stream[, cb]).
        emitKeypressEvents(stream) makes the stream emit 'keypress' (char, key) for each character it reads,
        naming common keys (return, tab, backspace, ctrl-letters, arrows, Home/End and the like).

        A runtime never owns a terminal (tty.isatty is false), so terminal defaults to false, and terminal: true
        is accepted but reads the same way: no echo, raw mode, history, completion or 'SIGINT'.
        readline.promises is the readline/promises module.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "readline.js";
}
