namespace Hatchery.Security;

/// <summary>
/// A directory that paths are confined to: <see cref="Contains"/> says whether what a path leads to — after every
/// symbolic link along it is followed, the way the operating system would follow it — lies inside. Used by the
/// confined <c>fs</c> and by the module loader of the untrusted preset. Thread-safe (it holds no mutable state).
/// </summary>
/// <remarks>
/// A path is taken as it is written: one that is not under the root (or its real location) by its text is outside,
/// even if some link elsewhere would lead into the root. Links are resolved a component at a time, and a link's
/// <c>..</c> goes up from the link's real directory, so <c>l -> up/../x</c> with <c>up -> ../..</c> is found to leave.
/// A path whose tail does not exist yet (a file about to be created) is judged by its existing part and the rest
/// as written; a dangling link is followed to where its target would be created.
/// </remarks>
internal sealed class ConfinedDirectory
{
    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    // Operations that check a path and then use it hold this for reading; those that can put a link in a path's way
    // (symlink, rename, cp) hold it for writing, so a script cannot swap a checked directory for a link between a
    // pool thread's check and its use. One lock for the process: confined runtimes sharing a directory are covered too.
    private static readonly ReaderWriterLockSlim NamespaceLock = new(LockRecursionPolicy.NoRecursion);

    /// <summary>Confines paths to <paramref name="root"/>, which must be an existing directory.</summary>
    public ConfinedDirectory(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (!Directory.Exists(Root)) throw new DirectoryNotFoundException($"The confining directory '{Root}' does not exist.");
        var pathRoot = Path.GetPathRoot(Root)!;
        RealRoot = Walk(pathRoot, Root[pathRoot.Length..], followFinal: true)
                   ?? throw new IOException($"The confining directory '{Root}' has too many levels of symbolic links.");
    }

    /// <summary>The directory as given, made absolute.</summary>
    public string Root { get; }

    /// <summary>The directory with every symbolic link in its path resolved.</summary>
    public string RealRoot { get; }

    /// <summary>
    /// Whether <paramref name="fullPath"/> (absolute and normalised, as <see cref="Path.GetFullPath(string)"/> makes it)
    /// leads to a place inside the root. With <paramref name="followFinal"/> false a link in the last component is
    /// judged by where it stands, not by where it points (lstat, unlink, rename of the link itself).
    /// </summary>
    public bool Contains(string fullPath, bool followFinal)
    {
        string rest;
        if (TryRelative(fullPath, RealRoot, out var relative)) rest = relative;
        else if (TryRelative(fullPath, Root, out relative)) rest = relative;
        else return false;
        return Walk(RealRoot, rest, followFinal) is { } real && (Same(real, RealRoot) || TryRelative(real, RealRoot, out _));
    }

    /// <summary>Holds the lock for an operation that checks paths and then uses them.</summary>
    public static LockScope EnterUse()
    {
        NamespaceLock.EnterReadLock();
        return new LockScope(write: false);
    }

    /// <summary>Holds the lock for an operation that may place a symbolic link at a path.</summary>
    public static LockScope EnterChange()
    {
        NamespaceLock.EnterWriteLock();
        return new LockScope(write: true);
    }

    /// <summary>Releases the lock <see cref="EnterUse"/> or <see cref="EnterChange"/> took.</summary>
    public readonly struct LockScope(bool write) : IDisposable
    {
        public void Dispose()
        {
            if (write) NamespaceLock.ExitWriteLock();
            else NamespaceLock.ExitReadLock();
        }
    }

    // Resolves `rest` below the real directory `resolved`, one component at a time; null when links loop.
    private static string? Walk(string resolved, string rest, bool followFinal)
    {
        var pending = new List<string>(Components(rest));
        var links = 0;
        var missing = false;
        for (var i = 0; i < pending.Count; i++)
        {
            var part = pending[i];
            if (part == ".") continue;
            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }
            var next = Path.Join(resolved, part);
            if (missing)
            {
                resolved = next;
                continue;
            }
            var target = LinkTarget(next);
            if (target is null || (!followFinal && i == pending.Count - 1))
            {
                // Below a missing component nothing exists, so no link can redirect the rest.
                missing = target is null && !Path.Exists(next);
                resolved = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            if (Path.IsPathRooted(target))
            {
                var targetRoot = Path.GetPathRoot(target)!;
                resolved = targetRoot;
                target = target[targetRoot.Length..];
            }
            pending = [.. Components(target), .. pending[(i + 1)..]];
            i = -1;
        }
        return resolved;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string[] Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static bool Same(string a, string b) => string.Equals(a, b, PathComparison);

    // `path` relative to `directory` when it is the directory or below it ("" for the directory itself).
    private static bool TryRelative(string path, string directory, out string relative)
    {
        relative = "";
        if (Same(path, directory)) return true;
        var prefix = Path.EndsInDirectorySeparator(directory) ? directory : directory + Path.DirectorySeparatorChar;
        if (!path.StartsWith(prefix, PathComparison)) return false;
        relative = path[prefix.Length..];
        return true;
    }
}
