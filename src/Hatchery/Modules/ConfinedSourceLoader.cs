using Hatchery.Security;

namespace Hatchery.Modules;

/// <summary>
/// A source loader that serves only files inside the given directories (links followed) and reports every other
/// file as missing, so <c>require</c> of it fails with <c>MODULE_NOT_FOUND</c>. What
/// <see cref="EngineOptions.ConfineModules"/> and the untrusted preset put in front of the host's loader.
/// </summary>
internal sealed class ConfinedSourceLoader(SourceLoader inner, IReadOnlyList<ConfinedDirectory> directories) : SourceLoader
{
    /// <summary>The directories files may come from.</summary>
    public IReadOnlyList<ConfinedDirectory> Directories { get; } = directories;

    public override bool TryRead(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? source)
    {
        source = null;
        return Allows(path) && inner.TryRead(path, out source);
    }

    public override bool FileExists(string path) => Allows(path) && inner.FileExists(path);

    public override SourceVersion? GetVersion(string path) => Allows(path) ? inner.GetVersion(path) : null;

    public override string RealPath(string path) => inner.RealPath(path);

    private bool Allows(string path)
    {
        var full = Path.GetFullPath(path);
        foreach (var directory in Directories)
        {
            if (directory.Contains(full, followFinal: true)) return true;
        }
        return false;
    }
}
