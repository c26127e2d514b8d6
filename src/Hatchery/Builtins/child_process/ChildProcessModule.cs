using Hatchery.NativeModules;
using Jint.Native.Object;

namespace Hatchery.Builtins.ChildProcess;

/// <summary>
/// Node's <c>child_process</c>: <c>child_process.js</c> holds the API (options, shells, the ChildProcess class and
/// its streams, errors); the C# binding starts the processes with <see cref="System.Diagnostics.Process"/>, waits for
/// them off the loop and posts their output to it. Children still running when the runtime is disposed are killed.
/// </summary>
public sealed class ChildProcessModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "child_process";

    /// <inheritdoc />
    public override string Summary => "Child processes: spawn, exec, execFile and their Sync forms.";

    /// <inheritdoc />
    public override string Documentation => """
        child_process — start programs as Node does, without a shell unless asked (shell: true, or exec/execSync,
        which run `/bin/sh -c command`).

        spawn(file[, args][, options]) -> ChildProcess: an EventEmitter with pid, stdin (Writable), stdout and
          stderr (Readables), stdio, exitCode, signalCode, killed, spawnfile, spawnargs, kill([signal]) -> boolean;
          events 'spawn', 'error', 'exit' (code, signal), 'close' (code, signal) once the output streams have closed.
        execFile(file[, args][, options][, callback]), exec(command[, options][, callback]) -> ChildProcess;
          callback(error, stdout, stderr); util.promisify of either resolves to { stdout, stderr } (the promise has
          .child). A failure's error has code (the exit status), killed, signal and cmd, and a message
          'Command failed: <cmd>\n<stderr>'.
        spawnSync(file[, args][, options]) -> { pid, output, stdout, stderr, status, signal, error }.
        execFileSync(file[, args][, options]), execSync(command[, options]) -> stdout; throw on failure with status,
          signal, output, pid, stdout, stderr on the error. Their stderr goes to process.stderr unless stdio is given.
        Options: cwd, env (default process.env), shell, stdio ('pipe', 'inherit', 'ignore', or an array of three of
          them, null or undefined for 'pipe'), encoding ('buffer' or a Buffer encoding; exec*'s default 'utf8'),
          timeout, killSignal (default 'SIGTERM'), maxBuffer (default 1024 * 1024), input (the Sync forms: a
          string, Buffer, TypedArray or DataView written to stdin), windowsHide (ignored).
        A program that cannot start: Error 'spawn <file> ENOENT' (spawnSync: 'spawnSync <file> ENOENT') with errno,
          code, syscall, path and spawnargs.

        Absent: fork and IPC ('ipc' stdio), detached, uid and gid, argv0, serialization, signal (AbortSignal),
        stdio entries that are streams or descriptor numbers other than 0, 1 and 2, ref/unref, and
        disconnect/send. Inherited stdout and stderr go to the runtime's console output; inherited stdin is
        the host's.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "child_process.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding) => ChildProcessBinding.Add(context, binding);
}
