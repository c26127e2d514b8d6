using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hatchery.Tests.Node.Fetch;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (a port the system picks) for fetch's tests, started before a test class and
/// stopped after it. Its endpoints answer with JSON, text, bytes, gzip, slow chunks, redirects, an echo of the request,
/// a delay, and a response cut short; it counts the requests whose client went away.
/// </summary>
public sealed class FetchServer : IAsyncLifetime
{
    private static readonly int[] Numbers = [1, 2, 3];
    private WebApplication? _app;
    private int _abortedRequests;

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string Base { get; private set; } = "";

    /// <summary>The port the server listens on.</summary>
    public int Port => new Uri(Base).Port;

    /// <summary>How many requests ended because their client aborted them.</summary>
    public int AbortedRequests => Volatile.Read(ref _abortedRequests);

    /// <summary>Set whenever a request to /hang arrives.</summary>
    public SemaphoreSlim HangStarted { get; } = new(0);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        Map(_app);
        await _app.StartAsync();
        Base = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/json", () => Results.Json(new { hello = "world", n = Numbers }));
        app.MapGet("/text", () => Results.Text("plain text ü", "text/plain; charset=utf-8"));
        app.MapGet("/binary", () => Results.Bytes(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray(), "application/octet-stream"));
        app.MapGet("/cookies", (HttpContext context) =>
        {
            context.Response.Headers.Append("Set-Cookie", "a=1");
            context.Response.Headers.Append("Set-Cookie", "b=2");
            context.Response.Headers["X-Multi"] = "one";
            return Results.Text("ok");
        });
        app.MapGet("/gzip", async (HttpContext context) =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "text/plain";
            await using var gzip = new GZipStream(context.Response.Body, CompressionLevel.Fastest, leaveOpen: true);
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("compressed ", 100))));
        });
        app.MapGet("/chunked", async (HttpContext context, int n, int delay) =>
        {
            context.Response.ContentType = "text/plain";
            for (var i = 0; i < n; i++)
            {
                await context.Response.WriteAsync($"chunk-{i};");
                await context.Response.Body.FlushAsync();
                await Task.Delay(delay);
            }
        });
        app.MapGet("/large", async (HttpContext context, int kb) =>
        {
            var block = new byte[1024];
            Array.Fill(block, (byte)'x');
            for (var i = 0; i < kb; i++) await context.Response.Body.WriteAsync(block);
        });
        app.MapGet("/redirect", (HttpContext context, string to, int? status) =>
        {
            context.Response.StatusCode = status ?? 302;
            context.Response.Headers.Location = to;
            return Task.CompletedTask;
        });
        app.MapMethods("/redirect-post", ["POST", "PUT"], (HttpContext context, string to, int status) =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = to;
            return Task.CompletedTask;
        });
        app.MapGet("/loop", (HttpContext context) =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = "/loop";
            return Task.CompletedTask;
        });
        app.MapGet("/connection", (HttpContext context) => Results.Text(context.Connection.Id));
        app.Map("/echo", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
            await context.Response.WriteAsJsonAsync(new
            {
                method = context.Request.Method,
                path = context.Request.Path.Value + context.Request.QueryString.Value,
                headers,
                body,
                chunked = context.Request.Headers.TransferEncoding.ToString().Contains("chunked", StringComparison.OrdinalIgnoreCase),
            });
        });
        app.MapGet("/delay", async (HttpContext context, int ms) =>
        {
            try
            {
                await Task.Delay(ms, context.RequestAborted);
                await context.Response.WriteAsync("late");
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _abortedRequests);
            }
        });
        app.MapGet("/hang", async (HttpContext context) =>
        {
            HangStarted.Release();
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _abortedRequests);
            }
        });
        app.MapGet("/cut", async (HttpContext context) =>
        {
            context.Response.ContentLength = 100;
            await context.Response.WriteAsync("abc");
            await context.Response.Body.FlushAsync();
            await Task.Delay(50);
            context.Abort();
        });
        app.MapGet("/status", (int code) => Results.StatusCode(code));
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on (bound, then released).</summary>
    public static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        HangStarted.Dispose();
    }
}
