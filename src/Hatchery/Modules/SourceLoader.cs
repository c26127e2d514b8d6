namespace Hatchery.Modules;

/// <summary>
/// Maps a resolved absolute path to source text. The module resolver probes candidate paths through it,
/// so scripts can come from disk, memory, embedded resources or a virtual file system.
/// </summary>
public abstract class SourceLoader
{
    /// <summary>Reads the file at <paramref name="path"/>; returns <c>false</c> when there is no such file.</summary>
    public abstract bool TryRead(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? source);

    /// <summary>Whether <paramref name="path"/> names a file. Override when it is cheaper than reading it.</summary>
    public virtual bool FileExists(string path) => TryRead(path, out _);

    /// <summary>
    /// A stamp that changes when the file changes (for example its modification time and size), used by the
    /// factory's caches to notice edits. <c>null</c> means the file does not exist; the default,
    /// <see cref="SourceVersion.Unchanging"/>, says the loader's content never changes.
    /// </summary>
    public virtual SourceVersion? GetVersion(string path) => FileExists(path) ? SourceVersion.Unchanging : null;

    /// <summary>The canonical path of a file, following symbolic links where the loader has them.</summary>
    public virtual string RealPath(string path) => path;

    /// <summary>A loader backed by a function from path to source text (<c>null</c> for "not found").</summary>
    public static SourceLoader FromFunction(Func<string, string?> read) => new DelegateSourceLoader(read);

    /// <summary>A loader that serves the given files (absolute path to source text) from memory.</summary>
    public static SourceLoader FromDictionary(IReadOnlyDictionary<string, string> files) =>
        new DelegateSourceLoader(path => files.TryGetValue(path, out var text) ? text : null);

    /// <summary>The file system of the machine.</summary>
    public static SourceLoader FileSystem => FileSystemSourceLoader.Instance;
}

/// <summary>An opaque version of a source file: equal stamps mean an unchanged file.</summary>
/// <param name="LastWriteTicks">The last write time in UTC ticks, or 0 when unknown.</param>
/// <param name="Length">The length in bytes, or 0 when unknown.</param>
public readonly record struct SourceVersion(long LastWriteTicks, long Length)
{
    /// <summary>The version of a file that never changes.</summary>
    public static SourceVersion Unchanging => default;
}

internal sealed class DelegateSourceLoader(Func<string, string?> read) : SourceLoader
{
    public override bool TryRead(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? source)
    {
        source = read(path);
        return source is not null;
    }
}

internal sealed class FileSystemSourceLoader : SourceLoader
{
    public static readonly FileSystemSourceLoader Instance = new();

    public override bool TryRead(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? source)
    {
        // Reading a device or a FIFO would never end or never begin: refuse it with an error that says so.
        if (!RegularFile.Is(path)) throw new ModuleLoadException("ERR_REQUIRE_NOT_A_FILE", $"Cannot load '{path}': it is not a regular file (a device, FIFO or socket)");
        try
        {
            source = File.ReadAllText(path);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException || IsLinkLoop(e))
        {
            source = null;
            return false;
        }
    }

    public override bool FileExists(string path) => File.Exists(path) && !LeadsIntoLinkLoop(path);

    public override SourceVersion? GetVersion(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && !LeadsIntoLinkLoop(path) ? new SourceVersion(info.LastWriteTimeUtc.Ticks, info.Length) : null;
    }

    // File.Exists answers from lstat, so a link in a loop (a -> b -> a) "exists"; as in Node, following it finds nothing.
    private const int ELoop = 40;

    private static bool IsLinkLoop(Exception e) => e is IOException { HResult: ELoop };

    private static bool LeadsIntoLinkLoop(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is null) return false;
        try
        {
            info.ResolveLinkTarget(returnFinalTarget: true);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public override string RealPath(string path)
    {
        // Node resolves symlinked files and packages to their real location, so module identity is stable.
        try
        {
            var full = Path.GetFullPath(path);
            var root = Path.GetPathRoot(full) ?? "/";
            var current = root;
            foreach (var part in full[root.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                current = Path.Combine(current, part);
                var info = new FileInfo(current);
                if (info.LinkTarget is not null)
                {
                    var target = info.ResolveLinkTarget(returnFinalTarget: true);
                    if (target is not null) current = target.FullName;
                }
            }
            return current;
        }
        catch (IOException)
        {
            return path;
        }
    }
}
