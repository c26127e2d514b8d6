using System.IO.Pipelines;
using System.Net;
using System.Net.Http;

namespace Hatchery.Builtins.Fetch;

/// <summary>
/// One HTTP exchange of a <c>fetch</c> (one hop of its redirects): the request, sent on the thread pool; a pipe for a
/// streamed request body; then the response and its body stream, read a chunk at a time. Touched only on the
/// runtime's thread, except by the .NET tasks it starts.
/// </summary>
internal sealed class FetchExchange : IDisposable
{
    private const int ChunkSize = 64 * 1024;
    private readonly CancellationTokenSource _cancel;
    private readonly FetchSession _session;
    private Pipe? _body;
    private HttpResponseMessage? _response;
    private System.IO.Stream? _responseStream;
    private byte[]? _buffer;
    private bool _disposed;

    public FetchExchange(FetchSession session, Uri uri)
    {
        _session = session;
        Uri = uri;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(session.Stopping);
    }

    public Uri Uri { get; }

    public bool IsDisposed => _disposed;

    /// <summary>Sends the request; the task ends with the response's headers (the body is read later).</summary>
    public Task<HttpResponseMessage> Send(HttpClient client, string method, IReadOnlyList<(string Name, string Value)> headers, byte[]? bytes, bool streaming)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), Uri)
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        HttpContent? content = null;
        if (streaming)
        {
            _body = new Pipe(new PipeOptions(pauseWriterThreshold: ChunkSize, resumeWriterThreshold: ChunkSize / 2));
            content = new StreamContent(_body.Reader.AsStream());
        }
        else if (bytes is not null)
        {
            content = new ByteArrayContent(bytes);
        }
        foreach (var (name, value) in headers)
        {
            if (request.Headers.TryAddWithoutValidation(name, value)) continue;
            content ??= new ByteArrayContent([]);
            content.Headers.TryAddWithoutValidation(name, value);
        }
        request.Content = content;
        return client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _cancel.Token);
    }

    /// <summary>Keeps the response whose headers arrived, so its body can be read.</summary>
    public void Received(HttpResponseMessage response)
    {
        if (_disposed) response.Dispose();
        else _response = response;
    }

    /// <summary>Writes a chunk of a streamed request body; the task ends when the pipe has room again.</summary>
    public Task WriteBody(byte[] chunk)
    {
        if (_body is null || _disposed) return Task.FromException(new ObjectDisposedException(nameof(FetchExchange)));
        return _body.Writer.WriteAsync(chunk, _cancel.Token).AsTask();
    }

    /// <summary>Ends a streamed request body.</summary>
    public void EndBody() => _body?.Writer.Complete();

    /// <summary>The next chunk of the response body, or an empty array at its end.</summary>
    public async Task<byte[]> ReadBody()
    {
        if (_response is null) return [];
        _responseStream ??= await _response.Content.ReadAsStreamAsync(_cancel.Token).ConfigureAwait(false);
        _buffer ??= new byte[ChunkSize];
        var read = await _responseStream.ReadAsync(_buffer, _cancel.Token).ConfigureAwait(false);
        return _buffer.AsSpan(0, read).ToArray();
    }

    /// <summary>The response's status, reason and headers as a flat [name, value, …] list.</summary>
    public static List<string> HeaderPairs(HttpResponseMessage response)
    {
        var pairs = new List<string>();
        foreach (var header in response.Headers.NonValidated)
        {
            foreach (var value in header.Value) pairs.AddRange([header.Key.ToLowerInvariant(), value]);
        }
        foreach (var header in response.Content.Headers.NonValidated)
        {
            foreach (var value in header.Value) pairs.AddRange([header.Key.ToLowerInvariant(), value]);
        }
        return pairs;
    }

    /// <summary>Cancels what is in flight and releases the connection (aborted, finished or the runtime disposed).</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _session.Forget(this);
        _cancel.Cancel();
        _body?.Writer.Complete(new OperationCanceledException());
        _responseStream?.Dispose();
        _response?.Dispose();
        _cancel.Dispose();
    }
}
