using System.Net;
using System.Net.Http;

namespace Hatchery.Builtins.Fetch;

/// <summary>
/// What a factory's runtimes share for <c>fetch</c>: one <see cref="HttpClient"/> over one
/// <see cref="SocketsHttpHandler"/> (so connections are pooled across runtimes), built on the first fetch, and the
/// factory's <see cref="NetworkAllowList"/>. Redirects are fetch's own (in JavaScript), so the handler follows none.
/// </summary>
internal sealed class FetchTransport(EngineSettings settings)
{
    private HttpClient? _client;
    private bool _created;
    private object? _lock;

    public NetworkAllowList AllowList { get; } = new(settings.AllowedNetworkHosts);

    public HttpClient Client => LazyInitializer.EnsureInitialized(ref _client, ref _created, ref _lock, CreateClient)!;

    /// <summary>Whether a fetch has made the client yet (runtimes that never fetch leave it unmade).</summary>
    public bool IsClientCreated => Volatile.Read(ref _created);

    private static HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            UseCookies = false,
            UseProxy = false,
            // undici's defaults: 10 s to connect, idle connections kept 4 s.
            ConnectTimeout = TimeSpan.FromSeconds(10),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(4),
        };
        return new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
