using System.Runtime.InteropServices;
using Jint.Native;
using static Hatchery.Builtins.Fs.FsBinding;

namespace Hatchery.Builtins.Fs;

/// <summary>The bindings over whole files: readFile, writeFile (appendFile too), truncate, unlink, rename, copyFile.</summary>
internal static class FsFileOperations
{
    public static void Add(FsBinding fs)
    {
        // readFile(pathOrFd, flags)
        fs.Define("readFile", 2, a =>
        {
            if (a[0] is JsNumber)
            {
                var fd = Int(a, 0);
                return new FsCall("read", null, null, () =>
                {
                    var bytes = FileDescriptors.ReadToEnd(fs.Descriptors.Get(fd));
                    return () => fs.ArrayBuffer(bytes);
                });
            }
            var path = Text(a, 0);
            var full = fs.Resolve(path);
            var flags = Int(a, 1);
            return new FsCall("open", path, null, () =>
            {
                if (FileStatus.TypeOf(full, followLinks: true) == FileStatus.Directory) throw new FsException("EISDIR", "read", namesPath: false);
                var file = FileDescriptors.OpenFileAt(full, flags, 0x1B6);
                try
                {
                    var bytes = FileDescriptors.ReadToEnd(file);
                    return () => fs.ArrayBuffer(bytes);
                }
                finally
                {
                    file.Stream.Dispose();
                }
            });
        });
        // writeFile(pathOrFd, view, flags, mode)
        fs.Define("writeFile", 4, a =>
        {
            var data = Bytes(a[1]);
            if (a[0] is JsNumber)
            {
                var fd = Int(a, 0);
                return FsCall.Void("write", null, null, () => FileDescriptors.Write(fs.Descriptors.Get(fd), data, -1));
            }
            var path = Text(a, 0);
            var full = fs.Resolve(path);
            var (flags, mode) = (Int(a, 2), Int(a, 3));
            return FsCall.Void("open", path, null, () => WriteFile(full, data, flags, mode));
        });
        fs.Define("truncate", 2, a =>
        {
            var path = Text(a, 0);
            var full = fs.Resolve(path);
            var length = Long(a, 1);
            return FsCall.Void("open", path, null, () =>
            {
                var file = FileDescriptors.OpenFileAt(full, FileDescriptors.ReadWrite, 0);
                using (file.Stream) RandomAccess.SetLength(file.Handle, length);
            });
        });
        fs.Define("unlink", 1, a =>
        {
            var path = Text(a, 0);
            var full = fs.ResolveEntry(path);
            return FsCall.Void("unlink", path, null, () =>
            {
                if (Type(full) == FileStatus.Directory) throw new FsException("EISDIR");
                File.Delete(full);
            });
        });
        fs.Define("rename", 2, a =>
        {
            var (from, to) = (Text(a, 0), Text(a, 1));
            var (fullFrom, fullTo) = (fs.ResolveEntry(from), fs.ResolveEntry(to));
            return FsCall.Void("rename", from, to, () => Rename(fullFrom, fullTo));
        }, placesLinks: true);
        // copyFile(src, dest, mode): mode bit 1 is COPYFILE_EXCL.
        fs.Define("copyFile", 3, a =>
        {
            var (from, to) = (Text(a, 0), Text(a, 1));
            var (fullFrom, fullTo) = (fs.Resolve(from), fs.Resolve(to));
            var exclusive = (Int(a, 2) & 1) != 0;
            return FsCall.Void("copyfile", from, to, () =>
            {
                if (FileStatus.TypeOf(fullFrom, followLinks: true) == FileStatus.Directory) throw new FsException("EISDIR");
                if (exclusive && FileStatus.TypeOf(fullTo, followLinks: false) is not null) throw new FsException("EEXIST");
                File.Copy(fullFrom, fullTo, overwrite: !exclusive);
            });
        });
    }

    /// <summary>The file type bits of what is at <paramref name="fullPath"/> (not following a link); the lstat error if nothing.</summary>
    public static int Type(string fullPath) => (int)FileStatus.Of(fullPath, followLinks: false)[1] & FileStatus.TypeMask;

    // A file this call creates is removed again if writing fails, so a failed write of a new file leaves nothing.
    private static void WriteFile(string fullPath, ReadOnlyMemory<byte> data, int flags, int mode)
    {
        var existed = FileStatus.TypeOf(fullPath, followLinks: false) is not null;
        var file = FileDescriptors.OpenFileAt(fullPath, flags, mode);
        try
        {
            FileDescriptors.Write(file, data, -1);
        }
        catch (Exception e)
        {
            file.Stream.Dispose();
            if (!existed) File.Delete(fullPath);
            throw new FsException(FsErrno.FromException(e), "write", namesPath: false);
        }
        finally
        {
            file.Stream.Dispose();
        }
    }

    // rename(2)'s rules, which .NET's File.Move and Directory.Move only partly share.
    private static void Rename(string from, string to)
    {
        var source = Type(from);
        var target = FileStatus.TypeOf(to, followLinks: false);
        if (source != FileStatus.Directory)
        {
            if (target == FileStatus.Directory) throw new FsException("EISDIR");
            // File.Move refuses a link to a directory (it looks through the link); rename(2) moves the link itself.
            if (source == FileStatus.SymbolicLink && !OperatingSystem.IsWindows())
            {
                if (RenameNative(FileStatus.Encode(from), FileStatus.Encode(to)) != 0) throw new FsException(FsErrno.FromErrno(Marshal.GetLastPInvokeError()));
                return;
            }
            File.Move(from, to, overwrite: true);
            return;
        }
        if (target is { } existing)
        {
            if (existing != FileStatus.Directory) throw new FsException("ENOTDIR");
            if (Directory.EnumerateFileSystemEntries(to).Any()) throw new FsException("ENOTEMPTY");
            Directory.Delete(to);
        }
        Directory.Move(from, to);
    }

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int RenameNative(byte[] from, byte[] to);
}
