using System.Collections.Immutable;
using System.Text.Json;

namespace Hatchery.Modules;

/// <summary>
/// Node's <c>package.json</c> <c>exports</c> and <c>imports</c> matching: subpath keys, <c>*</c> patterns,
/// condition objects in key order, fallback arrays and <c>null</c> targets. Pure: works on the parsed JSON
/// and returns paths; the resolver checks that files exist.
/// </summary>
internal static class PackageTargets
{
    /// <summary>Conditions <c>require()</c> matches, in Node's set.</summary>
    public static readonly ImmutableArray<string> RequireConditions = ["require", "node", "node-addons", "default"];

    /// <summary>Conditions <c>import</c> matches.</summary>
    public static readonly ImmutableArray<string> ImportConditions = ["import", "node", "node-addons", "default"];

    /// <summary>
    /// Resolves <paramref name="subpath"/> (<c>.</c> or <c>./x</c>) through a package's <c>exports</c>, returning an
    /// absolute path, or throwing <c>ERR_PACKAGE_PATH_NOT_EXPORTED</c>.
    /// </summary>
    public static string ResolveExports(PackageJson package, JsonElement exports, string subpath, ImmutableArray<string> conditions, string packageJsonPath)
    {
        var map = exports;
        if (!IsSubpathMap(exports, packageJsonPath))
        {
            // A string, an array or a conditions object is the export of "." alone.
            if (subpath == ".")
            {
                var target = ResolveTarget(package.Directory, exports, null, conditions, isImports: false, packageJsonPath, subpath);
                if (target is not null) return target;
            }
            throw NotExported(subpath, packageJsonPath);
        }
        var resolved = MatchKey(package.Directory, map, subpath, conditions, isImports: false, packageJsonPath);
        return resolved ?? throw NotExported(subpath, packageJsonPath);
    }

    /// <summary>Resolves a <c>#name</c> specifier through a package's <c>imports</c>; a bare target comes back as a request to resolve further.</summary>
    public static string ResolveImports(PackageJson package, JsonElement imports, string specifier, ImmutableArray<string> conditions, string packageJsonPath)
    {
        var resolved = MatchKey(package.Directory, imports, specifier, conditions, isImports: true, packageJsonPath);
        return resolved ?? throw new ModuleLoadException("ERR_PACKAGE_IMPORT_NOT_DEFINED",
            $"Package import specifier \"{specifier}\" is not defined in package {packageJsonPath}", "TypeError");
    }

    private static bool IsSubpathMap(JsonElement exports, string packageJsonPath)
    {
        if (exports.ValueKind != JsonValueKind.Object) return false;
        bool? subpaths = null;
        foreach (var property in exports.EnumerateObject())
        {
            var isSubpath = property.Name.StartsWith('.');
            if (subpaths is null) subpaths = isSubpath;
            else if (subpaths != isSubpath)
            {
                throw new ModuleLoadException("ERR_INVALID_PACKAGE_CONFIG",
                    $"Invalid package config {packageJsonPath}. \"exports\" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.");
            }
        }
        return subpaths == true;
    }

    private static string? MatchKey(string packageDirectory, JsonElement map, string key, ImmutableArray<string> conditions, bool isImports, string packageJsonPath)
    {
        if (map.ValueKind != JsonValueKind.Object) return null;
        if (!key.Contains('*') && map.TryGetProperty(key, out var exact) && !key.EndsWith('/'))
        {
            return ResolveTarget(packageDirectory, exact, null, conditions, isImports, packageJsonPath, key);
        }
        string? bestKey = null;
        string? bestMatch = null;
        JsonElement bestTarget = default;
        foreach (var property in map.EnumerateObject())
        {
            var pattern = property.Name;
            var star = pattern.IndexOf('*');
            if (star < 0 || pattern.IndexOf('*', star + 1) >= 0) continue;
            var prefix = pattern[..star];
            var suffix = pattern[(star + 1)..];
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || key == prefix) continue;
            if (suffix.Length > 0 && (!key.EndsWith(suffix, StringComparison.Ordinal) || key.Length < pattern.Length)) continue;
            if (bestKey is null || ComparePatternKeys(bestKey, pattern) > 0)
            {
                bestKey = pattern;
                bestMatch = key[prefix.Length..(key.Length - suffix.Length)];
                bestTarget = property.Value;
            }
        }
        return bestKey is null ? null : ResolveTarget(packageDirectory, bestTarget, bestMatch, conditions, isImports, packageJsonPath, key);
    }

    // Node's PATTERN_KEY_COMPARE: longer prefix before the star wins, then the longer key.
    private static int ComparePatternKeys(string a, string b)
    {
        var aBase = a.IndexOf('*');
        var bBase = b.IndexOf('*');
        if (aBase > bBase) return -1;
        if (bBase > aBase) return 1;
        if (a.Length > b.Length) return -1;
        if (b.Length > a.Length) return 1;
        return 0;
    }

    private static string? ResolveTarget(string packageDirectory, JsonElement target, string? patternMatch, ImmutableArray<string> conditions, bool isImports, string packageJsonPath, string key)
    {
        switch (target.ValueKind)
        {
            case JsonValueKind.String:
                return ResolveStringTarget(packageDirectory, target.GetString()!, patternMatch, isImports, packageJsonPath, key);
            case JsonValueKind.Object:
                foreach (var property in target.EnumerateObject())
                {
                    if (property.Name != "default" && !conditions.Contains(property.Name)) continue;
                    var resolved = ResolveTarget(packageDirectory, property.Value, patternMatch, conditions, isImports, packageJsonPath, key);
                    if (resolved is not null) return resolved;
                }
                return null;
            case JsonValueKind.Array:
                ModuleLoadException? lastInvalid = null;
                foreach (var item in target.EnumerateArray())
                {
                    try
                    {
                        var resolved = ResolveTarget(packageDirectory, item, patternMatch, conditions, isImports, packageJsonPath, key);
                        if (resolved is not null) return resolved;
                    }
                    catch (ModuleLoadException e) when (e.Code == "ERR_INVALID_PACKAGE_TARGET")
                    {
                        lastInvalid = e;
                    }
                }
                if (lastInvalid is not null) throw lastInvalid;
                return null;
            default:
                return null;
        }
    }

    private static string ResolveStringTarget(string packageDirectory, string target, string? patternMatch, bool isImports, string packageJsonPath, string key)
    {
        if (!target.StartsWith("./", StringComparison.Ordinal))
        {
            // Only "imports" may map to another package by bare name.
            if (isImports && !target.StartsWith("../", StringComparison.Ordinal) && !target.StartsWith('/'))
            {
                return BareTargetMarker + (patternMatch is null ? target : target.Replace("*", patternMatch, StringComparison.Ordinal));
            }
            throw InvalidTarget(target, key, packageJsonPath, isImports);
        }
        if (HasInvalidSegment(target[2..])) throw InvalidTarget(target, key, packageJsonPath, isImports);
        var substituted = patternMatch is null ? target : target.Replace("*", patternMatch, StringComparison.Ordinal);
        if (patternMatch is not null && HasInvalidSegment(patternMatch)) throw InvalidTarget(target, key, packageJsonPath, isImports);
        return Path.GetFullPath(Path.Combine(packageDirectory, substituted));
    }

    /// <summary>Prefix marking an <c>imports</c> target that is a bare package request rather than a file.</summary>
    public const string BareTargetMarker = "\0bare:";

    private static bool HasInvalidSegment(string path)
    {
        foreach (var segment in path.Split(['/', '\\']))
        {
            if (segment is "." or ".." or "node_modules" || segment.Equals("node_modules", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static ModuleLoadException InvalidTarget(string target, string key, string packageJsonPath, bool isImports) =>
        new("ERR_INVALID_PACKAGE_TARGET",
            isImports
                ? $"Invalid \"imports\" target \"{target}\" defined for '{key}' in the package config {packageJsonPath}"
                : $"Invalid \"exports\" target \"{target}\" defined for '{key}' in the package config {packageJsonPath}" + (target.StartsWith("./", StringComparison.Ordinal) ? "" : "; targets must start with \"./\""));

    private static ModuleLoadException NotExported(string subpath, string packageJsonPath) =>
        new("ERR_PACKAGE_PATH_NOT_EXPORTED", subpath == "."
            ? $"No \"exports\" main defined in {packageJsonPath}"
            : $"Package subpath '{subpath}' is not defined by \"exports\" in {packageJsonPath}");
}
