using Jint.Native;
using static Hatchery.Builtins.Fs.FsBinding;

namespace Hatchery.Builtins.Fs;

/// <summary>The bindings over what a file is and who may use it: stat, lstat, access, chmod, utimes.</summary>
internal static class FsStatusOperations
{
    public static void Add(FsBinding fs)
    {
        DefineStat(fs, "stat", followLinks: true);
        DefineStat(fs, "lstat", followLinks: false);
        // access(path, mode): F_OK 0, or R_OK 4 | W_OK 2 | X_OK 1.
        fs.Define("access", 2, a =>
        {
            var path = Text(a, 0);
            var full = fs.Resolve(path);
            var mode = Int(a, 1);
            return FsCall.Void("access", path, null, () => FileStatus.Access(full, mode));
        });
        fs.Define("chmod", 2, a =>
        {
            var path = Text(a, 0);
            var full = fs.Resolve(path);
            var mode = Int(a, 1);
            return FsCall.Void("chmod", path, null, () =>
            {
                if (OperatingSystem.IsWindows()) throw new FsException("ENOSYS");
                _ = FileStatus.Of(full, followLinks: true);
                File.SetUnixFileMode(full, (UnixFileMode)(mode & 0xFFF));
            });
        });
        // utimes(path, atime, mtime), both in seconds since the epoch.
        fs.Define("utimes", 3, a =>
        {
            var path = Text(a, 0);
            var full = fs.Resolve(path);
            var (accessed, modified) = (Time(Number(a, 1)), Time(Number(a, 2)));
            return FsCall.Void("utime", path, null, () =>
            {
                _ = FileStatus.Of(full, followLinks: true);
                File.SetLastAccessTimeUtc(full, accessed);
                File.SetLastWriteTimeUtc(full, modified);
            });
        });
    }

    // stat(path, throwIfNoEntry): undefined instead of an ENOENT error when throwIfNoEntry is false.
    private static void DefineStat(FsBinding fs, string syscall, bool followLinks) =>
        fs.Define(syscall, 2, a =>
        {
            var path = Text(a, 0);
            var full = followLinks ? fs.Resolve(path) : fs.ResolveEntry(path);
            var throwIfNoEntry = Flag(a, 1);
            return new FsCall(syscall, path, null, () =>
            {
                double[] fields;
                try
                {
                    fields = FileStatus.Of(full, followLinks);
                }
                catch (FsException e) when (!throwIfNoEntry && e.Code == "ENOENT")
                {
                    return static () => JsValue.Undefined;
                }
                return () => fs.Array(fields);
            });
        });

    private static DateTime Time(double seconds) => DateTime.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
}
