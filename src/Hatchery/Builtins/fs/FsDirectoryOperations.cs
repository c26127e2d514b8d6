using Jint.Native;
using static Hatchery.Builtins.Fs.FsBinding;

namespace Hatchery.Builtins.Fs;

/// <summary>The bindings over directories: readdir, mkdir, rmdir, rm, mkdtemp.</summary>
internal static class FsDirectoryOperations
{
    // libuv's dirent types, which Dirent keeps.
    private const int DirentFile = 1;
    private const int DirentDirectory = 2;
    private const int DirentLink = 3;

    public static void Add(FsBinding fs)
    {
        // readdir(path, withFileTypes, recursive): names (relative paths when recursive), or [names, types, parent paths].
        fs.Define("readdir", 3, a =>
        {
            var path = Text(a, 0);
            var full = fs.Resolve(path);
            var (withTypes, recursive) = (Flag(a, 1), Flag(a, 2));
            return new FsCall("scandir", path, null, () =>
            {
                if (((int)FileStatus.Of(full, followLinks: true)[1] & FileStatus.TypeMask) != FileStatus.Directory) throw new FsException("ENOTDIR");
                var (names, types, parents) = List(full, path, withTypes, recursive);
                return () => withTypes ? new JsArray(fs.Engine, [fs.Strings(names), fs.Array(types), fs.Strings(parents)]) : fs.Strings(names);
            });
        });
        // mkdir(path, recursive, mode): recursive returns the first directory created, in the form the path was given.
        fs.Define("mkdir", 3, a =>
        {
            var path = Text(a, 0);
            var full = fs.Resolve(path);
            var (recursive, mode) = (Flag(a, 1), Int(a, 2));
            return new FsCall("mkdir", path, null, () =>
            {
                var first = recursive ? MakeDirectories(full, mode) : MakeDirectory(full, mode);
                if (first is null) return static () => JsValue.Undefined;
                var shown = System.IO.Path.IsPathRooted(path) ? first : System.IO.Path.GetRelativePath(fs.Absolute("."), first);
                return () => shown;
            });
        });
        fs.Define("rmdir", 1, a =>
        {
            var path = Text(a, 0);
            var full = fs.ResolveEntry(path);
            return FsCall.Void("rmdir", path, null, () =>
            {
                if (FsFileOperations.Type(full) != FileStatus.Directory) throw new FsException("ENOTDIR");
                if (Directory.EnumerateFileSystemEntries(full).Any()) throw new FsException("ENOTEMPTY");
                Directory.Delete(full);
            });
        });
        // rm(path, recursive, force)
        fs.Define("rm", 3, a =>
        {
            var path = Text(a, 0);
            var full = fs.ResolveEntry(path);
            var (recursive, force) = (Flag(a, 1), Flag(a, 2));
            return FsCall.Void("rm", path, null, () =>
            {
                int type;
                try
                {
                    type = FsFileOperations.Type(full);
                }
                catch (FsException e) when (e.Code == "ENOENT")
                {
                    if (force) return;
                    throw new FsException(e.Code, "lstat");
                }
                if (type != FileStatus.Directory)
                {
                    File.Delete(full);
                    return;
                }
                if (!recursive)
                {
                    throw new FsSystemErrorException("ERR_FS_EISDIR", "Path is a directory", "EISDIR", 21, "is a directory", "rm", path);
                }
                Directory.Delete(full, recursive: true);
            });
        });
        // mkdtemp(prefix): the prefix and six random characters, created with mode 0o700.
        fs.Define("mkdtemp", 1, a =>
        {
            var prefix = Text(a, 0);
            var fullPrefix = fs.Resolve(prefix + "XXXXXX")[..^6];
            return new FsCall("mkdtemp", prefix + "XXXXXX", null, () =>
            {
                var parent = System.IO.Path.GetDirectoryName(fullPrefix + "X")!;
                if (FileStatus.TypeOf(parent, followLinks: true) is not { } type) _ = FileStatus.Of(parent, followLinks: true);
                else if (type != FileStatus.Directory) throw new FsException("ENOTDIR");
                while (true)
                {
                    var suffix = RandomSuffix();
                    if (FileStatus.TypeOf(fullPrefix + suffix, followLinks: false) is not null) continue;
                    CreateDirectory(fullPrefix + suffix, 0x1C0);
                    return () => prefix + suffix;
                }
            });
        });
    }

    // Breadth first, as Node lists a tree: a directory's entries, then those of each subdirectory in turn.
    private static (List<string> Names, double[] Types, List<string> Parents) List(string full, string path, bool withTypes, bool recursive)
    {
        var names = new List<string>();
        var types = new List<double>();
        var parents = new List<string>();
        var queue = new Queue<(string Full, string Shown, string Relative)>();
        queue.Enqueue((full, path, ""));
        while (queue.TryDequeue(out var directory))
        {
            var entries = new DirectoryInfo(directory.Full).EnumerateFileSystemInfos().ToArray();
            System.Array.Sort(entries, static (x, y) => string.CompareOrdinal(x.Name, y.Name));
            foreach (var entry in entries)
            {
                var type = DirentType(entry);
                names.Add(withTypes || directory.Relative.Length == 0 ? entry.Name : directory.Relative + System.IO.Path.DirectorySeparatorChar + entry.Name);
                types.Add(type);
                parents.Add(directory.Shown);
                if (recursive && type == DirentDirectory)
                {
                    var relative = directory.Relative.Length == 0 ? entry.Name : directory.Relative + System.IO.Path.DirectorySeparatorChar + entry.Name;
                    queue.Enqueue((entry.FullName, System.IO.Path.Join(directory.Shown, entry.Name), relative));
                }
            }
        }
        return (names, [.. types], parents);
    }

    private static int DirentType(FileSystemInfo entry) =>
        (entry.Attributes & FileAttributes.ReparsePoint) != 0 ? DirentLink : entry is DirectoryInfo ? DirentDirectory : DirentFile;

    private static string? MakeDirectory(string full, int mode)
    {
        if (FileStatus.TypeOf(full, followLinks: false) is not null) throw new FsException("EEXIST");
        var parent = System.IO.Path.GetDirectoryName(System.IO.Path.TrimEndingDirectorySeparator(full));
        if (parent is not null && (int)FileStatus.Of(parent, followLinks: true)[1] is var parentMode
            && (parentMode & FileStatus.TypeMask) != FileStatus.Directory)
        {
            throw new FsException("ENOTDIR");
        }
        CreateDirectory(full, mode);
        return null;
    }

    private static string? MakeDirectories(string full, int mode)
    {
        var missing = new Stack<string>();
        var current = System.IO.Path.TrimEndingDirectorySeparator(full);
        while (FileStatus.TypeOf(current, followLinks: true) is null)
        {
            missing.Push(current);
            var parent = System.IO.Path.GetDirectoryName(current);
            if (parent is null) break;
            current = parent;
        }
        if (FileStatus.TypeOf(current, followLinks: true) is { } type && type != FileStatus.Directory)
        {
            throw new FsException(missing.Count == 0 ? "EEXIST" : "ENOTDIR");
        }
        if (missing.Count == 0) return null;
        var first = missing.Peek();
        foreach (var directory in missing) CreateDirectory(directory, mode);
        return first;
    }

    private static void CreateDirectory(string full, int mode)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(full);
        else Directory.CreateDirectory(full, (UnixFileMode)(mode & 0xFFF));
    }

    private static string RandomSuffix()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return string.Create(6, 0, static (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(alphabet.Length)];
        });
    }
}
