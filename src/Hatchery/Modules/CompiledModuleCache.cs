using Hatchery.Modules;

namespace Hatchery.Modules;

/// <summary>
/// Compiled module files shared by all runtimes of a factory, keyed by resolved path, bounded, and
/// re-validated against the file's version after the file-check interval so edits are picked up.
/// </summary>
internal sealed class CompiledModuleCache
{
    private sealed record Entry(CompiledModule Module, SourceVersion? Version, long CheckedAt);

    private readonly SourceLoader _loader;
    private readonly ModuleResolver _resolver;
    private readonly BoundedCache<string, Entry>? _entries;
    private readonly long _checkIntervalMs;

    public CompiledModuleCache(SourceLoader loader, ModuleResolver resolver, bool enabled, int capacity, TimeSpan checkInterval)
    {
        _loader = loader;
        _resolver = resolver;
        _checkIntervalMs = (long)checkInterval.TotalMilliseconds;
        if (enabled) _entries = new BoundedCache<string, Entry>(capacity, StringComparer.Ordinal);
    }

    public int Count => _entries?.Count ?? 0;

    /// <summary>The compiled module at <paramref name="path"/>; null when the file no longer exists.</summary>
    public CompiledModule? Get(string path)
    {
        if (_entries is null) return Load(path);
        var now = Environment.TickCount64;
        if (_entries.TryGet(path, out var entry))
        {
            if (now - entry.CheckedAt < _checkIntervalMs) return entry.Module;
            var version = _loader.GetVersion(path);
            if (version is not null && version == entry.Version)
            {
                _entries.Set(path, entry with { CheckedAt = now });
                return entry.Module;
            }
        }
        // Read the version before the text: a write racing with the read then shows as a change next time.
        var currentVersion = _loader.GetVersion(path);
        var module = Load(path);
        if (module is null)
        {
            _entries.Remove(path);
            return null;
        }
        _entries.Set(path, new Entry(module, currentVersion, now));
        return module;
    }

    private CompiledModule? Load(string path) =>
        _loader.TryRead(path, out var source) ? CompiledModule.Compile(path, source, _resolver.IsEsModule(path)) : null;
}
