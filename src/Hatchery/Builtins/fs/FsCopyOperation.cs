using static Hatchery.Builtins.Fs.FsBinding;

namespace Hatchery.Builtins.Fs;

/// <summary>
/// The <c>cp</c> binding: copies a file, a link (as a link, to the same target) or, with <c>recursive</c>, a directory
/// tree. <c>force</c> overwrites what is there; without it, <c>errorOnExist</c> makes an existing target an error.
/// </summary>
internal static class FsCopyOperation
{
    public static void Add(FsBinding fs) =>
        // cp(src, dest, recursive, force, errorOnExist)
        fs.Define("cp", 5, a =>
        {
            var (from, to) = (Text(a, 0), Text(a, 1));
            var (fullFrom, fullTo) = (fs.ResolveEntry(from), fs.Resolve(to));
            var options = new Options(Flag(a, 2), Flag(a, 3), Flag(a, 4));
            return FsCall.Void("lstat", from, null, () =>
            {
                var type = FsFileOperations.Type(fullFrom);
                if (type == FileStatus.Directory && !options.Recursive)
                {
                    throw new FsSystemErrorException("ERR_FS_EISDIR", "Path is a directory", "EISDIR", 22,
                        $"{from} is a directory (not copied)", "cp", from);
                }
                Copy(fullFrom, fullTo, to, type, options);
            });
        }, placesLinks: true);

    private sealed record Options(bool Recursive, bool Force, bool ErrorOnExist);

    private static void Copy(string from, string to, string shownTo, int type, Options options)
    {
        var existing = FileStatus.TypeOf(to, followLinks: false);
        if (type == FileStatus.Directory)
        {
            if (existing is null) Directory.CreateDirectory(to);
            else if (existing != FileStatus.Directory) throw new FsException("ENOTDIR", "cp");
            foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
            {
                // A confined root needs no check here: an existing link in the target tree is replaced, never written through.
                Copy(entry.FullName, System.IO.Path.Join(to, entry.Name), System.IO.Path.Join(shownTo, entry.Name),
                    FsFileOperations.Type(entry.FullName), options);
            }
            return;
        }
        if (existing is not null)
        {
            if (!options.Force)
            {
                if (!options.ErrorOnExist) return;
                throw new FsSystemErrorException("ERR_FS_CP_EEXIST", "Target already exists", "EEXIST", 17,
                    $"{shownTo} already exists", "cp", shownTo);
            }
            if (type == FileStatus.SymbolicLink || existing == FileStatus.SymbolicLink) File.Delete(to);
        }
        if (type == FileStatus.SymbolicLink) File.CreateSymbolicLink(to, new FileInfo(from).LinkTarget!);
        else File.Copy(from, to, overwrite: true);
    }
}
