using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Hatchery.Builtins.Fs;

/// <summary>
/// What <c>stat</c> reports about a file, as the fourteen numbers of Node's <c>Stats</c> (dev, mode, nlink, uid, gid,
/// rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs). On Linux they come from the
/// <c>statx</c> system call through libc, whose structure has one layout on every architecture, and so do its errno
/// values; elsewhere from .NET's <see cref="FileSystemInfo"/>, where ino, dev, uid, gid and rdev are 0 and nlink 1.
/// </summary>
internal static class FileStatus
{
    public const int TypeMask = 0xF000;
    public const int Directory = 0x4000;
    public const int RegularFile = 0x8000;
    public const int SymbolicLink = 0xA000;

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint BasicStatsAndBirthTime = 0xFFF;
    private static bool _noStatx = !OperatingSystem.IsLinux();

    /// <summary>The status of the file at <paramref name="fullPath"/>, or the error code that prevents it.</summary>
    public static double[] Of(string fullPath, bool followLinks)
    {
        if (!_noStatx && Statx(AtFdCwd, Encode(fullPath), followLinks ? 0 : AtSymlinkNoFollow) is { } fields) return fields;
        return FromFileSystemInfo(fullPath, followLinks);
    }

    /// <summary>The status of an open file.</summary>
    public static double[] Of(SafeFileHandle handle, string fullPath)
    {
        if (!_noStatx && Statx((int)handle.DangerousGetHandle(), [0], AtEmptyPath) is { } fields) return fields;
        return FromFileSystemInfo(fullPath, followLinks: true);
    }

    /// <summary>The file type bits of <paramref name="fullPath"/>'s mode, or null when nothing is there.</summary>
    public static int? TypeOf(string fullPath, bool followLinks)
    {
        try
        {
            return (int)Of(fullPath, followLinks)[1] & TypeMask;
        }
        catch (FsException)
        {
            return null;
        }
    }

    /// <summary>Checks the permissions <paramref name="mode"/> (R_OK 4, W_OK 2, X_OK 1; F_OK 0) as <c>access(2)</c> does.</summary>
    public static void Access(string fullPath, int mode)
    {
        if (OperatingSystem.IsLinux())
        {
            if (AccessNative(Encode(fullPath), mode) != 0) throw new FsException(FsErrno.FromErrno(Marshal.GetLastPInvokeError()));
            return;
        }
        // Elsewhere only existence is checked.
        _ = FromFileSystemInfo(fullPath, followLinks: true);
    }

    private static double[]? Statx(int directory, byte[] path, int flags)
    {
        var buffer = new byte[256];
        int result;
        try
        {
            result = StatxNative(directory, path, flags, BasicStatsAndBirthTime, buffer);
        }
        catch (EntryPointNotFoundException)
        {
            // A libc older than statx (glibc 2.28): fall back to .NET for the rest of the process.
            _noStatx = true;
            return null;
        }
        if (result != 0) throw new FsException(FsErrno.FromErrno(Marshal.GetLastPInvokeError()));
        uint U32(int offset) => BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(offset));
        ulong U64(int offset) => BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(offset));
        double Ms(int offset) => BinaryPrimitives.ReadInt64LittleEndian(buffer.AsSpan(offset)) * 1000.0 + U32(offset + 8) / 1e6;
        return
        [
            Device(U32(136), U32(140)), BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28)), U32(16), U32(20), U32(24),
            Device(U32(128), U32(132)), U32(4), U64(32), U64(40), U64(48), Ms(64), Ms(112), Ms(96), Ms(80),
        ];
    }

    // glibc's makedev.
    private static double Device(ulong major, ulong minor) =>
        ((major & 0xFFFFF000) << 32) | ((major & 0xFFF) << 8) | ((minor & 0xFFFFFF00) << 12) | (minor & 0xFF);

    private static double[] FromFileSystemInfo(string fullPath, bool followLinks)
    {
        FileSystemInfo info = System.IO.Directory.Exists(fullPath) ? new DirectoryInfo(fullPath) : new FileInfo(fullPath);
        if (!info.Exists && info.LinkTarget is null) throw new FsException("ENOENT");
        if (followLinks && info.LinkTarget is not null) info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
        if (!info.Exists) throw new FsException("ENOENT");
        var type = info.LinkTarget is not null && !followLinks ? SymbolicLink : info is DirectoryInfo ? Directory : RegularFile;
        var permissions = OperatingSystem.IsWindows() ? (type == Directory ? 0x1FF : 0x1B6) : (int)info.UnixFileMode;
        var size = info is FileInfo file ? file.Length : 4096;
        static double Ms(DateTime time) => (time - DateTime.UnixEpoch).TotalMilliseconds;
        return
        [
            0, type | permissions, 1, 0, 0, 0, 4096, 0, size, Math.Ceiling(size / 512.0),
            Ms(info.LastAccessTimeUtc), Ms(info.LastWriteTimeUtc), Ms(info.LastWriteTimeUtc), Ms(info.CreationTimeUtc),
        ];
    }

    internal static byte[] Encode(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int StatxNative(int directory, byte[] path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "access", SetLastError = true)]
    private static extern int AccessNative(byte[] path, int mode);
}
