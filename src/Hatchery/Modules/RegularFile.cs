using System.Runtime.InteropServices;

namespace Hatchery.Modules;

/// <summary>
/// Whether a path names a regular file rather than a device, FIFO or socket, which a module loader must not read:
/// <c>/dev/zero</c> never ends and a FIFO blocks until someone writes to it. .NET does not expose a file's type, so on
/// Linux this asks <c>statx(2)</c>, whose layout is the same on every architecture; elsewhere it answers yes.
/// </summary>
internal static class RegularFile
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const ushort TypeMask = 0xF000;
    private const ushort Regular = 0x8000;

    /// <summary>False only when the file exists and is known not to be a regular file.</summary>
    public static bool Is(string path)
    {
        if (!OperatingSystem.IsLinux()) return true;
        var buffer = new byte[256];
        try
        {
            // A failed call (no such file, no statx) leaves the answer to the read that follows.
            if (Statx(AtCurrentDirectory, NulTerminatedUtf8(path), 0, StatxType, buffer) != 0) return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
        return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) == Regular;
    }

    // The path goes as NUL-terminated UTF-8 bytes, what the kernel takes, so no string marshalling is involved.
    private static byte[] NulTerminatedUtf8(string path)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(path) + 1];
        System.Text.Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);
}
