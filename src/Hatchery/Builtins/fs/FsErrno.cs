namespace Hatchery.Builtins.Fs;

/// <summary>
/// The error codes <c>fs</c> reports, with Node's numbers (libuv's negated Linux errno values) and libuv's texts, and
/// how a .NET exception maps onto them. On Linux .NET puts the errno into <see cref="IOException"/>'s HResult, and into
/// the inner exception of an <see cref="UnauthorizedAccessException"/>; on Windows the HResult carries a Win32 code.
/// </summary>
internal static class FsErrno
{
    private static readonly Dictionary<string, (int Errno, string Text)> Codes = new()
    {
        ["EPERM"] = (1, "operation not permitted"),
        ["ENOENT"] = (2, "no such file or directory"),
        ["EIO"] = (5, "i/o error"),
        ["EBADF"] = (9, "bad file descriptor"),
        ["EAGAIN"] = (11, "resource temporarily unavailable"),
        ["ENOMEM"] = (12, "not enough memory"),
        ["EACCES"] = (13, "permission denied"),
        ["EBUSY"] = (16, "resource busy or locked"),
        ["EEXIST"] = (17, "file already exists"),
        ["EXDEV"] = (18, "cross-device link not permitted"),
        ["ENOTDIR"] = (20, "not a directory"),
        ["EISDIR"] = (21, "illegal operation on a directory"),
        ["EINVAL"] = (22, "invalid argument"),
        ["EMFILE"] = (24, "too many open files"),
        ["ETXTBSY"] = (26, "text file is busy"),
        ["EFBIG"] = (27, "file too large"),
        ["ENOSPC"] = (28, "no space left on device"),
        ["EROFS"] = (30, "read-only file system"),
        ["ENAMETOOLONG"] = (36, "name too long"),
        ["ENOSYS"] = (38, "function not implemented"),
        ["ENOTEMPTY"] = (39, "directory not empty"),
        ["ELOOP"] = (40, "too many symbolic links encountered"),
        ["ENOTSUP"] = (95, "operation not supported on socket"),
    };

    private static readonly Dictionary<int, string> ByErrno = Codes.ToDictionary(c => c.Value.Errno, c => c.Key);

    /// <summary>Node's (negative) errno for <paramref name="code"/>.</summary>
    public static int Errno(string code) => Codes.TryGetValue(code, out var entry) ? -entry.Errno : -5;

    /// <summary>libuv's description of <paramref name="code"/>, as Node's messages show it.</summary>
    public static string Text(string code) => Codes.TryGetValue(code, out var entry) ? entry.Text : "unknown error";

    /// <summary>The code for a positive OS errno, or <c>EIO</c> for one outside the table.</summary>
    public static string FromErrno(int errno) => ByErrno.TryGetValue(errno, out var code) ? code : "EIO";

    /// <summary>The code that best names what <paramref name="exception"/> reports.</summary>
    public static string FromException(Exception exception) => exception switch
    {
        FsException fs => fs.Code,
        FileNotFoundException or DirectoryNotFoundException => "ENOENT",
        PathTooLongException => "ENAMETOOLONG",
        UnauthorizedAccessException { InnerException: IOException inner } when FromHResult(inner.HResult) is { } code => code,
        UnauthorizedAccessException => "EACCES",
        IOException io => FromHResult(io.HResult) ?? "EIO",
        // .NET reports EFBIG as an out-of-range length.
        ArgumentOutOfRangeException => "EFBIG",
        ArgumentException => "EINVAL",
        PlatformNotSupportedException => "ENOSYS",
        _ => "EIO",
    };

    private static string? FromHResult(int hresult)
    {
        // Win32 codes, bare (what .NET's Unix code uses for "file exists") or as an HRESULT (0x8007xxxx).
        var win32 = (hresult & 0xFFFF0000) == 0x80070000 ? hresult & 0xFFFF : hresult;
        if (win32 is 0x50 or 0xB7) return "EEXIST";
        if (OperatingSystem.IsWindows())
        {
            return win32 switch
            {
                2 or 3 => "ENOENT",
                5 => "EACCES",
                6 => "EBADF",
                32 or 33 => "EBUSY",
                112 => "ENOSPC",
                145 => "ENOTEMPTY",
                267 => "ENOTDIR",
                _ => null,
            };
        }
        return hresult > 0 && ByErrno.TryGetValue(hresult, out var code) ? code : null;
    }
}
