using Hatchery.Loading;

namespace Hatchery.Modules;

/// <summary>
/// Node's CommonJS resolution algorithm (relative and absolute paths, extensions, directories through
/// <c>package.json</c> <c>main</c> and <c>index</c> files, <c>node_modules</c> lookup walking up), shared by
/// every runtime of a factory. Results are cached per (directory, request) and re-checked after the
/// factory's file-check interval so that files added or removed on disk are noticed.
/// </summary>
internal sealed class ModuleResolver
{
    // Node's require.extensions order; .node (native addons) cannot load here and is left out.
    private static readonly string[] Extensions = [".js", ".json"];

    private readonly SourceLoader _loader;
    private readonly BoundedCache<(string Directory, string Request), Cached>? _resolutions;
    private readonly BoundedCache<string, PackageEntry>? _packages;
    private readonly long _checkIntervalMs;

    private sealed record Cached(string Path, long CheckedAt);

    private sealed record PackageEntry(PackageJson? Package, SourceVersion? Version, long CheckedAt);

    public ModuleResolver(SourceLoader loader, bool cachesEnabled, int capacity, TimeSpan checkInterval)
    {
        _loader = loader;
        _checkIntervalMs = (long)checkInterval.TotalMilliseconds;
        if (cachesEnabled)
        {
            _resolutions = new BoundedCache<(string, string), Cached>(capacity);
            _packages = new BoundedCache<string, PackageEntry>(capacity, StringComparer.Ordinal);
        }
    }

    internal int CachedResolutionCount => _resolutions?.Count ?? 0;

    /// <summary>Whether a request names a file by path rather than by package name.</summary>
    public static bool IsPathRequest(string request) =>
        request.StartsWith("./", StringComparison.Ordinal) || request.StartsWith("../", StringComparison.Ordinal) ||
        request.StartsWith('/') || request is "." or "..";

    /// <summary>Resolves <paramref name="request"/> from a module in <paramref name="directory"/>, or returns null.</summary>
    public string? Resolve(string directory, string request)
    {
        if (_resolutions is null) return ResolveUncached(directory, request);
        var key = (directory, request);
        var now = Environment.TickCount64;
        if (_resolutions.TryGet(key, out var cached) && now - cached.CheckedAt <= _checkIntervalMs) return cached.Path;
        var path = ResolveUncached(directory, request);
        // Failures are not cached: a missing module is an error path, and caching it would hide a file added later.
        if (path is not null) _resolutions.Set(key, new Cached(path, now));
        else if (cached is not null) _resolutions.Remove(key);
        return path;
    }

    /// <summary>The <c>node_modules</c> folders searched from <paramref name="directory"/>, nearest first (Node's <c>module.paths</c>).</summary>
    public static List<string> NodeModulesPaths(string directory)
    {
        var paths = new List<string>();
        var current = directory;
        while (true)
        {
            if (Path.GetFileName(current) != "node_modules") paths.Add(Path.Combine(current, "node_modules"));
            var parent = Path.GetDirectoryName(current);
            if (parent is null) break;
            current = parent;
        }
        return paths;
    }

    private string? ResolveUncached(string directory, string request)
    {
        string? found;
        if (IsPathRequest(request))
        {
            var basePath = Path.GetFullPath(Path.Combine(directory, request));
            var directoryOnly = request.EndsWith('/') || request is "." or "..";
            found = (directoryOnly ? null : LoadAsFile(basePath)) ?? LoadAsDirectory(basePath);
        }
        else
        {
            found = LoadFromNodeModules(directory, request);
        }
        return found is null ? null : _loader.RealPath(found);
    }

    private string? LoadAsFile(string path)
    {
        if (_loader.FileExists(path)) return path;
        foreach (var extension in Extensions)
        {
            var candidate = path + extension;
            if (_loader.FileExists(candidate)) return candidate;
        }
        return null;
    }

    private string? LoadIndex(string directory)
    {
        foreach (var extension in Extensions)
        {
            var candidate = Path.Combine(directory, "index" + extension);
            if (_loader.FileExists(candidate)) return candidate;
        }
        return null;
    }

    private string? LoadAsDirectory(string directory)
    {
        var package = ReadPackage(directory);
        if (package?.Main is { Length: > 0 } main)
        {
            var mainPath = Path.GetFullPath(Path.Combine(directory, main));
            return LoadAsFile(mainPath) ?? LoadIndex(mainPath) ?? LoadIndex(directory);
        }
        return LoadIndex(directory);
    }

    private string? LoadFromNodeModules(string directory, string request)
    {
        foreach (var folder in NodeModulesPaths(directory))
        {
            var basePath = Path.Combine(folder, request);
            var found = LoadAsFile(basePath) ?? LoadAsDirectory(basePath);
            if (found is not null) return found;
        }
        return null;
    }

    /// <summary>The parsed <c>package.json</c> of <paramref name="directory"/>, or null when it has none.</summary>
    public PackageJson? ReadPackage(string directory)
    {
        var path = Path.Combine(directory, "package.json");
        if (_packages is null) return ParsePackage(path);
        var now = Environment.TickCount64;
        if (_packages.TryGet(path, out var entry))
        {
            if (now - entry.CheckedAt <= _checkIntervalMs) return entry.Package;
            var version = _loader.GetVersion(path);
            if (version == entry.Version)
            {
                _packages.Set(path, entry with { CheckedAt = now });
                return entry.Package;
            }
        }
        var currentVersion = _loader.GetVersion(path);
        var package = currentVersion is null ? null : ParsePackage(path);
        _packages.Set(path, new PackageEntry(package, currentVersion, now));
        return package;
    }

    private PackageJson? ParsePackage(string path) =>
        _loader.TryRead(path, out var text) ? PackageJson.Parse(path, text) : null;
}
