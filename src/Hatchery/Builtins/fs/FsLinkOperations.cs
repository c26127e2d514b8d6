using static Hatchery.Builtins.Fs.FsBinding;

namespace Hatchery.Builtins.Fs;

/// <summary>The bindings over symbolic links: symlink, readlink, and realpath, which resolves them.</summary>
internal static class FsLinkOperations
{
    private const int MaxLinks = 40;

    public static void Add(FsBinding fs)
    {
        // symlink(target, path): the target is stored as given, relative or not.
        fs.Define("symlink", 2, a =>
        {
            var (target, path) = (Text(a, 0), Text(a, 1));
            var full = fs.ResolveEntry(path);
            // Where the link will lead, which a confined runtime checks as well.
            _ = fs.ResolveFrom(System.IO.Path.GetDirectoryName(full) ?? full, target);
            return FsCall.Void("symlink", target, path, () =>
            {
                if (FileStatus.TypeOf(full, followLinks: false) is not null) throw new FsException("EEXIST");
                File.CreateSymbolicLink(full, target);
            });
        }, placesLinks: true);
        fs.Define("readlink", 1, a =>
        {
            var path = Text(a, 0);
            var full = fs.ResolveEntry(path);
            return new FsCall("readlink", path, null, () =>
            {
                if (FsFileOperations.Type(full) != FileStatus.SymbolicLink) throw new FsException("EINVAL");
                var target = new FileInfo(full).LinkTarget ?? throw new FsException("EINVAL");
                return () => target;
            });
        });
        fs.Define("realpath", 1, a =>
        {
            var path = Text(a, 0);
            var full = fs.Resolve(path);
            return new FsCall("lstat", path, null, () =>
            {
                var real = RealPath(full);
                return () => real;
            });
        });
    }

    // Walks the path a component at a time, replacing each link by its target, as Node's realpathSync does; a
    // missing component fails with lstat's error on the path up to it.
    private static string RealPath(string full)
    {
        var root = System.IO.Path.GetPathRoot(full) ?? "/";
        var pending = new List<string>(Components(full[root.Length..]));
        var resolved = root;
        var links = 0;
        for (var i = 0; i < pending.Count; i++)
        {
            var part = pending[i];
            if (part == ".") continue;
            if (part == "..")
            {
                resolved = System.IO.Path.GetDirectoryName(resolved) ?? root;
                continue;
            }
            var next = System.IO.Path.Join(resolved, part);
            int type;
            try
            {
                type = FsFileOperations.Type(next);
            }
            catch (FsException e)
            {
                throw new FsException(e.Code, "lstat", path: next);
            }
            if (type != FileStatus.SymbolicLink)
            {
                resolved = next;
                continue;
            }
            if (++links > MaxLinks) throw new FsException("ELOOP", "lstat", path: next);
            var target = new FileInfo(next).LinkTarget!;
            if (System.IO.Path.IsPathRooted(target)) resolved = System.IO.Path.GetPathRoot(target) ?? root;
            pending = [.. Components(target[(System.IO.Path.GetPathRoot(target)?.Length ?? 0)..]), .. pending[(i + 1)..]];
            i = -1;
        }
        return resolved;
    }

    private static string[] Components(string path) =>
        path.Split([System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
