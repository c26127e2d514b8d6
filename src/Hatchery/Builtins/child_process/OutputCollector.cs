namespace Hatchery.Builtins.ChildProcess;

/// <summary>
/// Reads one output pipe of a child to its end: keeps the bytes (for a piped stream), hands each chunk to the parent's
/// output (for an inherited one) or drops it (for an ignored one). Past <c>limit</c> kept bytes it calls
/// <c>overflow</c> once and stops keeping, as Node's <c>maxBuffer</c> ends a child.
/// </summary>
internal static class OutputCollector
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Reads <paramref name="stream"/> to its end; the kept bytes, or null when <paramref name="mode"/> keeps none.</summary>
    public static async Task<byte[]?> Collect(System.IO.Stream stream, StdioMode mode, Action<byte[]>? inherit, double limit, Action overflow)
    {
        var kept = mode == StdioMode.Pipe ? new MemoryStream() : null;
        var buffer = new byte[ChunkSize];
        var overflowed = false;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                if (mode == StdioMode.Inherit) inherit?.Invoke(buffer.AsSpan(0, read).ToArray());
                if (kept is null || overflowed) continue;
                kept.Write(buffer, 0, read);
                if (kept.Length > limit)
                {
                    overflowed = true;
                    overflow();
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The pipe broke: what arrived is the output.
        }
        return kept?.ToArray();
    }

    /// <summary>Reads <paramref name="stream"/> to its end, handing each chunk to <paramref name="chunk"/>.</summary>
    public static async Task Pump(System.IO.Stream stream, Action<byte[]> chunk)
    {
        var buffer = new byte[ChunkSize];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0) chunk(buffer.AsSpan(0, read).ToArray());
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
    }
}
