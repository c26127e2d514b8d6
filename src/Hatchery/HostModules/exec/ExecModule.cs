using Hatchery.NativeModules;
using Jint.Native.Object;

namespace Hatchery.HostModules.Exec;

/// <summary>
/// Hatchery's <c>exec</c> module: runs a program without a shell and returns its output and exit code, blocking
/// (<c>run</c>) or as a promise (<c>runAsync</c>). It shares child_process's process handling; a timeout ends the
/// whole process tree, and the children of a disposed runtime are ended.
/// </summary>
public sealed class ExecModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Hatchery;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "exec";

    /// <inheritdoc />
    public override string Summary => "Run a program (no shell) and get { stdout, stderr, code }; run blocks, runAsync returns a Promise.";

    /// <inheritdoc />
    public override string Documentation => """
        exec — run a program to its end, without a shell.

        const exec = require('exec');
        const { stdout, code } = exec.run('git', ['rev-parse', 'HEAD'], { cwd: 'repo' });
        const listing = await exec.runAsync('ls', ['-l'], { timeout: 5000 });

        exec.run(cmd[, args][, options]) -> { stdout, stderr, code }
          Runs cmd (a name looked up on the child's PATH, or a path) with args (an array of strings) and waits
          for it and its output. code is the exit status; a non-zero status is not an error.
        exec.runAsync(cmd[, args][, options]) -> Promise<{ stdout, stderr, code }>
          The same, waiting off the event loop; argument errors reject the promise.
        options:
          cwd       the working directory, relative to process.cwd() (default process.cwd())
          env       the child's whole environment, an object (default process.env)
          input     a string (written as UTF-8), Buffer, TypedArray or DataView written to stdin, which is then
                    closed; without it stdin is closed at once
          timeout   milliseconds before the program and all its descendants are killed (SIGKILL); 0 (the
                    default) for none
          encoding  'utf8' (the default) or another Buffer encoding for string output, 'buffer' for Buffers
        Errors: a program that cannot start throws (rejects with) Error 'spawn <cmd> ENOENT' (or EACCES) with
        errno, code, syscall, path and spawnargs, as child_process does; a timeout throws Error
        '<cmd> <args> timed out after <timeout> ms' with code 'ETIMEDOUT' and the output so far as stdout and
        stderr; bad arguments throw Node's ERR_INVALID_ARG_TYPE / ERR_INVALID_ARG_VALUE / ERR_OUT_OF_RANGE.
        Children still running when the runtime is disposed are killed with their descendants.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "exec.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding) => ExecBinding.Add(context, binding);
}
