using Jint.Native;
using static Hatchery.Builtins.Fs.FsBinding;

namespace Hatchery.Builtins.Fs;

/// <summary>The bindings over numeric file descriptors: open, close, read, write, fstat, ftruncate, fsync.</summary>
internal static class FsDescriptorOperations
{
    public static void Add(FsBinding fs)
    {
        var files = fs.Descriptors;
        fs.Define("open", 3, a =>
        {
            var path = Text(a, 0);
            var full = fs.Resolve(path);
            var (flags, mode) = (Int(a, 1), Int(a, 2));
            return new FsCall("open", path, null, () =>
            {
                var fd = files.Open(full, flags, mode);
                return () => fd;
            });
        });
        fs.Define("close", 1, a =>
        {
            var fd = Int(a, 0);
            return FsCall.Void("close", null, null, () => files.Close(fd));
        });
        // read(fd, view, offset, length, position): position -1 reads at the file's own position.
        fs.Define("read", 5, a =>
        {
            var fd = Int(a, 0);
            var target = Bytes(a[1]).Slice(Int(a, 2), Int(a, 3));
            var position = Long(a, 4);
            return new FsCall("read", null, null, () =>
            {
                var read = FileDescriptors.Read(files.Get(fd), target, position);
                return () => read;
            });
        });
        fs.Define("write", 5, a =>
        {
            var fd = Int(a, 0);
            var source = Bytes(a[1]).Slice(Int(a, 2), Int(a, 3));
            var position = Long(a, 4);
            return new FsCall("write", null, null, () =>
            {
                var written = FileDescriptors.Write(files.Get(fd), source, position);
                return () => written;
            });
        });
        fs.Define("fstat", 1, a =>
        {
            var fd = Int(a, 0);
            return new FsCall("fstat", null, null, () =>
            {
                var file = files.Get(fd);
                var fields = FileStatus.Of(file.Handle, file.FullPath);
                return () => fs.Array(fields);
            });
        });
        fs.Define("ftruncate", 2, a =>
        {
            var (fd, length) = (Int(a, 0), Long(a, 1));
            return FsCall.Void("ftruncate", null, null, () =>
            {
                var file = files.Get(fd);
                if (!file.CanWrite) throw new FsException("EINVAL");
                RandomAccess.SetLength(file.Handle, length);
            });
        });
        fs.Define("fsync", 1, a =>
        {
            var fd = Int(a, 0);
            return FsCall.Void("fsync", null, null, () => files.Get(fd).Stream.Flush(flushToDisk: true));
        });
    }
}
