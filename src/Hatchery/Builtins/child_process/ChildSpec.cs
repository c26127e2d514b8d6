namespace Hatchery.Builtins.ChildProcess;

/// <summary>What one of a child's standard streams is connected to.</summary>
internal enum StdioMode
{
    /// <summary>A pipe to the parent, which reads or writes it.</summary>
    Pipe,

    /// <summary>The parent's own stream: for output, the runtime's console output; for input, the host's stdin.</summary>
    Inherit,

    /// <summary>Nothing: input is at its end at once, output is discarded.</summary>
    Ignore,
}

/// <summary>
/// A program to start, as the script described it: <see cref="File"/> as given (a name looked up on the child's
/// <c>PATH</c>, or a path), its arguments, an absolute working directory, the whole environment the child gets, and
/// its stdin, stdout and stderr.
/// </summary>
internal sealed record ChildSpec(
    string File,
    IReadOnlyList<string> Args,
    string Cwd,
    IReadOnlyList<KeyValuePair<string, string>> Env,
    StdioMode Stdin,
    StdioMode Stdout,
    StdioMode Stderr);

/// <summary>A child that could not be started, with the errno code Node reports (<c>ENOENT</c>, <c>EACCES</c>…).</summary>
internal sealed class ChildSpawnException(string code) : Exception(code)
{
    /// <summary>The error code, e.g. <c>ENOENT</c>.</summary>
    public string Code { get; } = code;
}
