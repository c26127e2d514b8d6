using System.Collections.Concurrent;
using Microsoft.Win32.SafeHandles;

namespace Hatchery.Builtins.Fs;

/// <summary>
/// The files one runtime has open through <c>fs.open</c>, by the numbers scripts see: the operating system's own
/// descriptor on Unix, a counter from 3 on Windows. Reads and writes without a position use and advance the file's
/// own position, kept here (positional I/O goes through <see cref="RandomAccess"/>); in append mode every write goes
/// to the end, as on Linux. Those still open when the runtime is disposed are closed then (<see cref="CloseAll"/>). Access from pool threads is as unsynchronised as concurrent use of one fd is in Node.
/// </summary>
internal sealed class FileDescriptors
{
    // Linux's open(2) flag values, which fs.constants exposes and the script passes.
    public const int AccessMask = 3;
    public const int WriteOnly = 1;
    public const int ReadWrite = 2;
    public const int Create = 0x40;
    public const int Exclusive = 0x80;
    public const int Truncate = 0x200;
    public const int Append = 0x400;
    public const int Sync = 0x101000;

    private readonly ConcurrentDictionary<int, OpenFile> _files = new();
    private int _nextWindowsDescriptor = 2;

    /// <summary>One open file.</summary>
    public sealed class OpenFile(FileStream stream, string fullPath, int flags)
    {
        public FileStream Stream { get; } = stream;
        public SafeFileHandle Handle => Stream.SafeFileHandle;
        public string FullPath { get; } = fullPath;
        public int Flags { get; } = flags;
        public long Position { get; set; }
        public bool CanRead => (Flags & AccessMask) != WriteOnly;
        public bool CanWrite => (Flags & AccessMask) != 0;
    }

    /// <summary>Opens <paramref name="fullPath"/> with open(2) <paramref name="flags"/>; a created file gets <paramref name="mode"/> less the umask.</summary>
    public int Open(string fullPath, int flags, int mode) => Register(OpenFileAt(fullPath, flags, mode));

    /// <summary>Opens a file without giving it a number, for the whole-file operations.</summary>
    public static OpenFile OpenFileAt(string fullPath, int flags, int mode)
    {
        var create = (flags & Create) != 0;
        var exclusive = create && (flags & Exclusive) != 0;
        if (FileStatus.TypeOf(fullPath, followLinks: !exclusive) is { } type && type == FileStatus.Directory)
        {
            // Node can open a directory for reading (and then fails to read it); Hatchery refuses at open.
            throw new FsException(exclusive ? "EEXIST" : "EISDIR");
        }
        var truncate = (flags & Truncate) != 0;
        var options = new FileStreamOptions
        {
            Mode = create ? (exclusive ? FileMode.CreateNew : truncate ? FileMode.Create : FileMode.OpenOrCreate)
                : truncate ? FileMode.Truncate : FileMode.Open,
            Access = (flags & AccessMask) switch { WriteOnly => FileAccess.Write, ReadWrite => FileAccess.ReadWrite, _ => FileAccess.Read },
            Share = FileShare.ReadWrite | FileShare.Delete,
            BufferSize = 0,
            Options = (flags & Sync) == Sync ? FileOptions.WriteThrough : FileOptions.None,
        };
        if (create && !OperatingSystem.IsWindows()) options.UnixCreateMode = (UnixFileMode)(mode & 0x1FF);
        try
        {
            return new OpenFile(new FileStream(fullPath, options), fullPath, flags);
        }
        catch (IOException e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FsException(MissingCode(fullPath, create));
        }
    }

    // .NET says "not found" both for a missing component and for one that is a file; stat tells them apart.
    private static string MissingCode(string fullPath, bool create)
    {
        var probed = create ? System.IO.Path.GetDirectoryName(fullPath) ?? fullPath : fullPath;
        try
        {
            var mode = (int)FileStatus.Of(probed, followLinks: true)[1];
            return create && (mode & FileStatus.TypeMask) != FileStatus.Directory ? "ENOTDIR" : "ENOENT";
        }
        catch (FsException e)
        {
            return e.Code;
        }
    }

    private int Register(OpenFile file)
    {
        var fd = OperatingSystem.IsWindows() ? Interlocked.Increment(ref _nextWindowsDescriptor) : (int)file.Handle.DangerousGetHandle();
        _files[fd] = file;
        return fd;
    }

    /// <summary>The open file numbered <paramref name="fd"/>; EBADF if there is none.</summary>
    public OpenFile Get(int fd) => _files.TryGetValue(fd, out var file) ? file : throw new FsException("EBADF");

    public void Close(int fd)
    {
        if (!_files.TryRemove(fd, out var file)) throw new FsException("EBADF");
        file.Stream.Dispose();
    }

    /// <summary>Closes every file still open, for the runtime's disposal: what a script left open is not leaked to the host.</summary>
    public void CloseAll()
    {
        foreach (var fd in _files.Keys)
        {
            if (_files.TryRemove(fd, out var file)) file.Stream.Dispose();
        }
    }

    /// <summary>Reads into <paramref name="target"/> at <paramref name="position"/>, or at the file's position when it is negative.</summary>
    public static int Read(OpenFile file, Memory<byte> target, long position)
    {
        if (!file.CanRead) throw new FsException("EBADF");
        var read = RandomAccess.Read(file.Handle, target.Span, position >= 0 ? position : file.Position);
        if (position < 0) file.Position += read;
        return read;
    }

    /// <summary>Writes all of <paramref name="source"/> at <paramref name="position"/> (negative: the file's position; append mode: the end).</summary>
    public static int Write(OpenFile file, ReadOnlyMemory<byte> source, long position)
    {
        if (!file.CanWrite) throw new FsException("EBADF");
        var at = (file.Flags & Append) != 0 ? RandomAccess.GetLength(file.Handle) : position >= 0 ? position : file.Position;
        RandomAccess.Write(file.Handle, source.Span, at);
        if (position < 0 || (file.Flags & Append) != 0) file.Position = at + source.Length;
        return source.Length;
    }

    /// <summary>Everything from the file's position to its end (files that report no length, like /proc's, included).</summary>
    public static byte[] ReadToEnd(OpenFile file)
    {
        if (!file.CanRead) throw new FsException("EBADF", "read", namesPath: false);
        var buffer = new byte[Math.Max(RandomAccess.GetLength(file.Handle) - file.Position, 0)];
        var total = 0;
        Span<byte> probe = stackalloc byte[8192];
        while (true)
        {
            // Once the reported length is read, read on in small pieces: the file may have grown, or reported none.
            var read = total < buffer.Length
                ? RandomAccess.Read(file.Handle, buffer.AsSpan(total), file.Position)
                : RandomAccess.Read(file.Handle, probe, file.Position);
            if (read == 0) break;
            if (total == buffer.Length)
            {
                System.Array.Resize(ref buffer, checked(Math.Max(buffer.Length * 2, total + read)));
                probe[..read].CopyTo(buffer.AsSpan(total));
            }
            total += read;
            file.Position += read;
        }
        return total == buffer.Length ? buffer : buffer[..total];
    }
}
