using Hatchery.NativeModules;

namespace Hatchery.Modules;

/// <summary>
/// Node's <c>import.meta.resolve(specifier)</c>: the URL an <c>import</c> of a specifier would load,
/// computed without loading it. As in Node, a file that does not exist still yields its URL (only a package that
/// cannot be found throws), other URL schemes are returned as written, and built-ins are <c>node:</c> URLs.
/// </summary>
internal static class ImportMetaResolve
{
    /// <summary>The URL <paramref name="specifier"/> names when imported from the module at <paramref name="parentPath"/>.</summary>
    public static string ToUrl(EngineFactory factory, string parentPath, string specifier)
    {
        if (specifier.StartsWith(NativeModuleTable.NodePrefix, StringComparison.Ordinal)) return specifier;
        if (factory.NativeModules.IndexOf(specifier) >= 0) return NativeModuleTable.NodePrefix + specifier;
        var directory = Path.GetDirectoryName(parentPath) ?? parentPath;
        if (specifier.StartsWith("file:", StringComparison.Ordinal) && Uri.TryCreate(specifier, UriKind.Absolute, out var fileUri))
        {
            return ResolvePath(factory, directory, fileUri.LocalPath, fileUri.Query + fileUri.Fragment);
        }
        if (IsOtherUrl(specifier)) return specifier;
        if (ModuleResolver.IsPathRequest(specifier))
        {
            // The specifier is a relative URL: a query or fragment is kept beside the file, and escapes name characters.
            var end = specifier.IndexOfAny(['?', '#']);
            var suffix = end < 0 ? "" : specifier[end..];
            return ResolvePath(factory, directory, Uri.UnescapeDataString(end < 0 ? specifier : specifier[..end]), suffix);
        }
        var resolved = factory.Resolver.Resolve(directory, specifier, ResolutionMode.Import, parentPath);
        if (resolved is not null) return FileUrl.FromPath(resolved);
        // A file missing from a package that is there is still its URL; a missing package is an error.
        var (packageName, _) = ModuleResolver.SplitPackageRequest(specifier);
        if (packageName is not null)
        {
            foreach (var folder in ModuleResolver.NodeModulesPaths(directory))
            {
                if (factory.Resolver.ReadPackage(Path.Combine(folder, packageName)) is null) continue;
                return FileUrl.FromPath(Path.Combine(folder, specifier));
            }
        }
        throw new ModuleLoadException("ERR_MODULE_NOT_FOUND", $"Cannot find package '{packageName ?? specifier}' imported from {parentPath}");
    }

    private static string ResolvePath(EngineFactory factory, string directory, string path, string suffix)
    {
        var full = Path.GetFullPath(Path.Combine(directory, path));
        // "." and "dir/" name a directory, whose URL ends in a slash.
        if (IsDirectoryName(path) && !Path.EndsInDirectorySeparator(full)) full += Path.DirectorySeparatorChar;
        var resolved = factory.Resolver.Resolve(directory, full, ResolutionMode.Import) ?? full;
        return FileUrl.FromPath(resolved) + suffix;
    }

    private static bool IsDirectoryName(string path) =>
        path is "." or ".." || path.EndsWith('/') || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal);

    // "scheme:" other than a drive letter: data:, https:, … are returned as written, as Node does.
    internal static bool IsOtherUrl(string specifier)
    {
        var colon = specifier.IndexOf(':');
        if (colon < 2 || !char.IsAsciiLetter(specifier[0])) return false;
        for (var i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(specifier[i]) || specifier[i] is '+' or '-' or '.')) return false;
        }
        return true;
    }
}
