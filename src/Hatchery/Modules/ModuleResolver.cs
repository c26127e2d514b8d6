using Hatchery.Modules;

namespace Hatchery.Modules;

/// <summary>Which of Node's two resolvers a request goes through.</summary>
internal enum ResolutionMode
{
    /// <summary>CommonJS <c>require</c>: extension and index probing, <c>require</c> export conditions.</summary>
    Require,

    /// <summary>ES-module <c>import</c>: exact file names, <c>import</c> export conditions.</summary>
    Import,
}

/// <summary>
/// Node's module resolution, shared by every runtime of a factory: relative and absolute paths, extensions,
/// directories through <c>package.json</c> <c>main</c> and <c>index</c> files, <c>node_modules</c> lookup
/// walking up, <c>exports</c>/<c>imports</c> with conditions, package self-reference and symlinks resolved to
/// real paths. Results are cached per (directory, request, mode) and re-checked after the factory's
/// file-check interval so that files added or removed on disk are noticed.
/// </summary>
internal sealed class ModuleResolver
{
    // Node's require.extensions order; .node (native addons) cannot load here and is left out.
    private static readonly string[] Extensions = [".js", ".json"];

    private readonly SourceLoader _loader;
    private readonly BoundedCache<(string Directory, string Request, ResolutionMode Mode), Cached>? _resolutions;
    private readonly VersionedFileCache<PackageJson> _packages;
    private readonly long _checkIntervalMs;

    private sealed record Cached(string Path, long CheckedAt);

    public ModuleResolver(EngineSettings settings)
    {
        var loader = _loader = settings.SourceLoader;
        // Most folders have no package.json, and the search asks each of them: a missing one is remembered too.
        _packages = new VersionedFileCache<PackageJson>(loader, path => loader.TryRead(path, out var text) ? PackageJson.Parse(path, text) : null,
            settings, rememberMissing: true);
        // Resolutions are re-checked by time alone: a changed file keeps its path, and its own entry has a version.
        _checkIntervalMs = (long)settings.FileCheckInterval.TotalMilliseconds;
        if (settings.CachesEnabled) _resolutions = new BoundedCache<(string, string, ResolutionMode), Cached>(settings.CacheCapacity);
    }

    internal int CachedResolutionCount => _resolutions?.Count ?? 0;

    /// <summary>Whether a request names a file by path rather than by package name.</summary>
    public static bool IsPathRequest(string request) =>
        request.StartsWith("./", StringComparison.Ordinal) || request.StartsWith("../", StringComparison.Ordinal) ||
        request.StartsWith('/') || request is "." or "..";

    /// <summary>
    /// Resolves <paramref name="request"/> from a module in <paramref name="directory"/>; null when nothing
    /// matches. Throws <see cref="ModuleLoadException"/> for package configuration errors (not exported, …).
    /// </summary>
    /// <param name="directory">The requiring module's directory.</param>
    /// <param name="request">The specifier as written.</param>
    /// <param name="mode">CommonJS or ES-module rules.</param>
    /// <param name="parentFile">The requiring file, named in error messages only.</param>
    public string? Resolve(string directory, string request, ResolutionMode mode = ResolutionMode.Require, string? parentFile = null)
    {
        // No file name holds a NUL byte (the OS would cut the name there): such a module is not found, as in Node.
        if (request.Contains('\0', StringComparison.Ordinal)) return null;
        try
        {
            return ResolveCached(directory, request, mode);
        }
        catch (ModuleLoadException e) when (parentFile is not null && e.Code == "ERR_PACKAGE_IMPORT_NOT_DEFINED")
        {
            throw new ModuleLoadException(e.Code, e.Message + $" imported from {parentFile}", e.ErrorType);
        }
    }

    private string? ResolveCached(string directory, string request, ResolutionMode mode)
    {
        if (_resolutions is null) return ResolveUncached(directory, request, mode);
        var key = (directory, request, mode);
        var now = Environment.TickCount64;
        if (_resolutions.TryGet(key, out var cached) && now - cached.CheckedAt < _checkIntervalMs) return cached.Path;
        var path = ResolveUncached(directory, request, mode);
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

    /// <summary>Whether the file is an ES module: <c>.mjs</c>, or <c>.js</c> in a package whose <c>type</c> is <c>module</c>.</summary>
    public bool IsEsModule(string path)
    {
        if (path.EndsWith(".mjs", StringComparison.Ordinal)) return true;
        if (!path.EndsWith(".js", StringComparison.Ordinal)) return false;
        return FindPackageScope(Path.GetDirectoryName(path)!) is { Package.Type: "module" };
    }

    private string? ResolveUncached(string directory, string request, ResolutionMode mode)
    {
        string? found;
        if (request.StartsWith('#'))
        {
            found = ResolvePackageImports(directory, request, mode);
        }
        else if (IsPathRequest(request))
        {
            var basePath = Path.GetFullPath(Path.Combine(directory, request));
            if (mode == ResolutionMode.Import)
            {
                found = _loader.FileExists(basePath) ? basePath : null;
            }
            else
            {
                var directoryOnly = request.EndsWith('/') || request is "." or "..";
                found = (directoryOnly ? null : LoadAsFile(basePath)) ?? LoadAsDirectory(basePath);
            }
        }
        else
        {
            found = ResolvePackageSelf(directory, request, mode) ?? LoadFromNodeModules(directory, request, mode);
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

    private string? LoadFromNodeModules(string directory, string request, ResolutionMode mode)
    {
        var (packageName, subpath) = SplitPackageRequest(request);
        foreach (var folder in NodeModulesPaths(directory))
        {
            if (packageName is not null)
            {
                var packageDirectory = Path.Combine(folder, packageName);
                if (ReadPackage(packageDirectory) is { Exports: { } exports } package)
                {
                    var target = PackageTargets.ResolveExports(package, exports, subpath, Conditions(mode), Path.Combine(packageDirectory, "package.json"));
                    return _loader.FileExists(target) ? target : throw ModuleLoadException.NotFound(target, []);
                }
            }
            var basePath = Path.Combine(folder, request);
            var found = mode == ResolutionMode.Import && subpath != "."
                ? (_loader.FileExists(basePath) ? basePath : null)
                : LoadAsFile(basePath) ?? LoadAsDirectory(basePath);
            if (found is not null) return found;
        }
        return null;
    }

    // Node's LOAD_PACKAGE_SELF: a package may require itself by name through its own "exports".
    private string? ResolvePackageSelf(string directory, string request, ResolutionMode mode)
    {
        var (packageName, subpath) = SplitPackageRequest(request);
        if (packageName is null) return null;
        if (FindPackageScope(directory) is not { } scope || scope.Package.Name != packageName || scope.Package.Exports is not { } exports) return null;
        var target = PackageTargets.ResolveExports(scope.Package, exports, subpath, Conditions(mode), scope.PackageJsonPath);
        return _loader.FileExists(target) ? target : throw ModuleLoadException.NotFound(target, []);
    }

    private string? ResolvePackageImports(string directory, string request, ResolutionMode mode)
    {
        if (request == "#" || request.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new ModuleLoadException("ERR_INVALID_MODULE_SPECIFIER", $"Invalid module \"{request}\" is not a valid internal imports specifier name", "TypeError");
        }
        var found = FindPackageScope(directory);
        if (found is not { } scope || scope.Package.Imports is not { } imports)
        {
            // Node names the package.json that has no "imports" when there is one.
            var where = found is { } owner ? $" in package {owner.PackageJsonPath}" : "";
            throw new ModuleLoadException("ERR_PACKAGE_IMPORT_NOT_DEFINED", $"Package import specifier \"{request}\" is not defined{where}", "TypeError");
        }
        var target = PackageTargets.ResolveImports(scope.Package, imports, request, Conditions(mode), scope.PackageJsonPath);
        if (target.StartsWith(PackageTargets.BareTargetMarker, StringComparison.Ordinal))
        {
            var bare = target[PackageTargets.BareTargetMarker.Length..];
            return LoadFromNodeModules(scope.Package.Directory, bare, mode);
        }
        return _loader.FileExists(target) ? target : throw ModuleLoadException.NotFound(target, []);
    }

    private static System.Collections.Immutable.ImmutableArray<string> Conditions(ResolutionMode mode) =>
        mode == ResolutionMode.Import ? PackageTargets.ImportConditions : PackageTargets.RequireConditions;

    /// <summary>Splits <c>@scope/name/sub</c> into the package name and the <c>exports</c> subpath (<c>./sub</c> or <c>.</c>).</summary>
    internal static (string? PackageName, string Subpath) SplitPackageRequest(string request)
    {
        var firstSlash = request.IndexOf('/');
        if (request.StartsWith('@'))
        {
            if (firstSlash < 0) return (null, ".");
            var secondSlash = request.IndexOf('/', firstSlash + 1);
            return secondSlash < 0 ? (request, ".") : (request[..secondSlash], "." + request[secondSlash..]);
        }
        return firstSlash < 0 ? (request, ".") : (request[..firstSlash], "." + request[firstSlash..]);
    }

    /// <summary>The nearest <c>package.json</c> at or above <paramref name="directory"/> (Node's package scope).</summary>
    public (PackageJson Package, string PackageJsonPath)? FindPackageScope(string directory)
    {
        var current = directory;
        while (current is not null)
        {
            if (ReadPackage(current) is { } package) return (package, Path.Combine(current, "package.json"));
            if (Path.GetFileName(current) == "node_modules") return null;
            current = Path.GetDirectoryName(current);
        }
        return null;
    }

    /// <summary>The parsed <c>package.json</c> of <paramref name="directory"/>, or null when it has none.</summary>
    public PackageJson? ReadPackage(string directory) => _packages.Get(Path.Combine(directory, "package.json"));
}
