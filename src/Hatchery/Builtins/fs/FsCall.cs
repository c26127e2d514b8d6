using Jint.Native;

namespace Hatchery.Builtins.Fs;

/// <summary>
/// One call of an <c>fs</c> binding, split as it must be to run off the loop: its arguments were read from
/// JavaScript already; <see cref="Io"/> does the file-system work on any thread (touching no JavaScript value) and
/// returns the step that turns its result into a JavaScript value back on the loop's thread. <see cref="Syscall"/>,
/// <see cref="Path"/> and <see cref="Dest"/> are what an error names, as the paths the script passed.
/// </summary>
internal sealed record FsCall(string Syscall, string? Path, string? Dest, Func<Func<JsValue>> Io)
{
    /// <summary>A call whose result is <c>undefined</c>.</summary>
    public static FsCall Void(string syscall, string? path, string? dest, Action io) =>
        new(syscall, path, dest, () =>
        {
            io();
            return static () => JsValue.Undefined;
        });
}

/// <summary>A file-system failure with a known code, raised by the operations' own checks.</summary>
internal sealed class FsException(string code, string? syscall = null, bool namesPath = true, string? path = null) : Exception(code)
{
    /// <summary>The path to name instead of the call's, when the failing step is on another path (realpath's lstat).</summary>
    public string? Path { get; } = path;

    /// <summary>The error code, e.g. <c>ENOENT</c>.</summary>
    public string Code { get; } = code;

    /// <summary>The system call to name instead of the operation's own, when the failing step is another call.</summary>
    public string? Syscall { get; } = syscall;

    /// <summary>Whether the message names the path (Node's <c>read</c> and <c>write</c> errors do not).</summary>
    public bool NamesPath { get; } = namesPath;
}

/// <summary>
/// One of Node's <c>SystemError</c>s with an <c>ERR_FS_…</c> code, which <c>rm</c> and <c>cp</c> raise for what
/// they refuse to do: the message reads <c>Prefix: syscall returned ERRNO (detail) path</c>.
/// </summary>
internal sealed class FsSystemErrorException(string code, string prefix, string errnoCode, int errno, string detail, string syscall, string path)
    : Exception(prefix)
{
    public int Errno { get; } = errno;
    public string Code { get; } = code;
    public string Prefix { get; } = prefix;
    public string ErrnoCode { get; } = errnoCode;
    public string Detail { get; } = detail;
    public string Syscall { get; } = syscall;
    public string Path { get; } = path;
}
