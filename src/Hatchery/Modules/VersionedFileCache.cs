namespace Hatchery.Modules;

/// <summary>
/// What a factory derives from one file (its compiled module, its parsed <c>package.json</c>), shared by all its
/// runtimes, keyed by path, bounded, and re-validated against the file's <see cref="SourceVersion"/> once the
/// file-check interval has passed since the last check, so edits are picked up. Disabled, it loads every time.
/// </summary>
/// <typeparam name="T">What is derived from the file.</typeparam>
internal sealed class VersionedFileCache<T> where T : class
{
    private sealed record Entry(T? Value, SourceVersion? Version, long CheckedAt);

    private readonly SourceLoader _loader;
    private readonly Func<string, T?> _load;
    private readonly BoundedCache<string, Entry>? _entries;
    private readonly long _checkIntervalMs;
    private readonly bool _rememberMissing;

    /// <param name="loader">Where files and their versions come from.</param>
    /// <param name="load">Derives the value from the file at a path; null when it cannot be read.</param>
    /// <param name="settings">Whether caches are on, their capacity and the file-check interval.</param>
    /// <param name="rememberMissing">Whether a missing file is cached too (as null), for files most folders lack.</param>
    public VersionedFileCache(SourceLoader loader, Func<string, T?> load, EngineSettings settings, bool rememberMissing)
    {
        _loader = loader;
        _load = load;
        _checkIntervalMs = (long)settings.FileCheckInterval.TotalMilliseconds;
        _rememberMissing = rememberMissing;
        if (settings.CachesEnabled) _entries = new BoundedCache<string, Entry>(settings.CacheCapacity, StringComparer.Ordinal);
    }

    public int Count => _entries?.Count ?? 0;

    /// <summary>The value for the file at <paramref name="path"/>; null when the file does not exist.</summary>
    public T? Get(string path)
    {
        if (_entries is null) return _load(path);
        var now = Environment.TickCount64;
        if (_entries.TryGet(path, out var entry))
        {
            if (now - entry.CheckedAt < _checkIntervalMs) return entry.Value;
            if (_loader.GetVersion(path) == entry.Version)
            {
                _entries.Set(path, entry with { CheckedAt = now });
                return entry.Value;
            }
        }
        // Read the version before the text: a write racing with the read then shows as a change next time.
        var version = _loader.GetVersion(path);
        var value = version is null ? null : _load(path);
        if (value is null && !_rememberMissing) _entries.Remove(path);
        else _entries.Set(path, new Entry(value, version, now));
        return value;
    }
}
