using System.ComponentModel;
using System.Diagnostics;
using Hatchery.Builtins.Fs;

namespace Hatchery.Builtins.ChildProcess;

/// <summary>
/// Starts a <see cref="ChildSpec"/> with <see cref="System.Diagnostics.Process"/>, without a shell. The program is
/// looked up as Node's (libuv's) spawn does: a name without a slash on the child's own <c>PATH</c> (or
/// <c>/usr/bin:/bin</c> when it has none), a path against the child's working directory.
/// </summary>
internal static class ChildLauncher
{
    /// <summary>The running process; throws <see cref="ChildSpawnException"/> when it cannot be started.</summary>
    public static System.Diagnostics.Process Start(ChildSpec spec)
    {
        if (!Directory.Exists(spec.Cwd)) throw new ChildSpawnException("ENOENT");
        var info = new ProcessStartInfo(Find(spec))
        {
            UseShellExecute = false,
            WorkingDirectory = spec.Cwd,
            RedirectStandardInput = spec.Stdin != StdioMode.Inherit,
            // Inherited output is piped too: the runtime's stdout may be the host's writer, not a descriptor.
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in spec.Args) info.ArgumentList.Add(arg);
        info.Environment.Clear();
        foreach (var (key, value) in spec.Env) info.Environment[key] = value;
        try
        {
            return System.Diagnostics.Process.Start(info) ?? throw new ChildSpawnException("EINVAL");
        }
        catch (Win32Exception e)
        {
            throw new ChildSpawnException(e.NativeErrorCode > 0 ? FsErrno.FromErrno(e.NativeErrorCode) : "ENOENT");
        }
    }

    private static string Find(ChildSpec spec)
    {
        if (spec.File.Length == 0) throw new ChildSpawnException("ENOENT");
        if (spec.File.Contains('/') || (OperatingSystem.IsWindows() && spec.File.Contains('\\')))
        {
            var path = System.IO.Path.GetFullPath(spec.File, spec.Cwd);
            return File.Exists(path) ? path : throw new ChildSpawnException(Directory.Exists(path) ? "EACCES" : "ENOENT");
        }
        var searchPath = "/usr/bin:/bin";
        foreach (var (key, value) in spec.Env)
        {
            if (key == "PATH") searchPath = value;
        }
        var denied = false;
        foreach (var folder in searchPath.Split(System.IO.Path.PathSeparator))
        {
            var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder.Length == 0 ? "." : folder, spec.File), spec.Cwd);
            if (!File.Exists(candidate)) continue;
            if (OperatingSystem.IsWindows() || (File.GetUnixFileMode(candidate) & Executable) != 0) return candidate;
            denied = true;
        }
        throw new ChildSpawnException(denied ? "EACCES" : "ENOENT");
    }

    private const UnixFileMode Executable = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
}
