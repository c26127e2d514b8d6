namespace Hatchery.Builtins.Fetch;

/// <summary>
/// One runtime's fetches: the exchanges in flight, all cancelled when the runtime is disposed (so no request outlives
/// its runtime, and no callback reaches a runtime that is gone).
/// </summary>
internal sealed class FetchSession : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly HashSet<FetchExchange> _live = [];

    public CancellationToken Stopping => _stop.Token;

    public FetchExchange Start(Uri uri)
    {
        var exchange = new FetchExchange(this, uri);
        _live.Add(exchange);
        return exchange;
    }

    public void Forget(FetchExchange exchange) => _live.Remove(exchange);

    /// <summary>How many exchanges are in flight (requests sent or bodies not yet read to the end).</summary>
    public int InFlight => _live.Count;

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var exchange in _live.ToArray()) exchange.Dispose();
        _stop.Dispose();
    }
}
