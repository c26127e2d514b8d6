namespace Hatchery.Builtins.Fetch;

/// <summary>
/// The hosts a factory's scripts may reach (<see cref="EngineOptions.RestrictNetwork"/>): host names compared
/// case-insensitively and literally (no DNS: <c>localhost</c> and <c>127.0.0.1</c> are different entries), an entry
/// with a port allowing only that port. A null list is an open network; an empty one allows nothing.
/// </summary>
internal sealed class NetworkAllowList
{
    private readonly (string Host, int? Port)[]? _entries;

    public NetworkAllowList(IReadOnlyList<string>? hosts)
    {
        _entries = hosts?.Select(Parse).ToArray();
    }

    /// <summary>Whether the network is open (no list was given).</summary>
    public bool IsOpen => _entries is null;

    /// <summary>Whether a request to <paramref name="uri"/> may be sent.</summary>
    public bool Allows(Uri uri)
    {
        if (_entries is null) return true;
        var host = Unbracket(uri.Host);
        foreach (var (entryHost, entryPort) in _entries)
        {
            if (string.Equals(entryHost, host, StringComparison.OrdinalIgnoreCase) && (entryPort is null || entryPort == uri.Port)) return true;
        }
        return false;
    }

    // "example.com", "example.com:8080", "[::1]:8080", "[::1]" or a bare IPv6 address "::1".
    private static (string Host, int? Port) Parse(string entry)
    {
        if (entry.StartsWith('['))
        {
            var close = entry.IndexOf(']', StringComparison.Ordinal);
            var host = close > 0 ? entry[1..close] : entry.Trim('[', ']');
            var rest = close > 0 ? entry[(close + 1)..] : "";
            return (host, rest.StartsWith(':') && int.TryParse(rest[1..], out var p) ? p : null);
        }
        var colon = entry.LastIndexOf(':');
        if (colon > 0 && entry.IndexOf(':', StringComparison.Ordinal) == colon && int.TryParse(entry[(colon + 1)..], out var port))
        {
            return (entry[..colon], port);
        }
        return (entry, null);
    }

    private static string Unbracket(string host) => host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
}
