using System.Net;
using Hatchery.Perf.Comparison;
using Hatchery.Perf.Running;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hatchery.Perf.Dashboard;

/// <summary>Settings of the dashboard.</summary>
/// <param name="RunsDirectory">The directory whose runs it shows; files are served only from inside it.</param>
/// <param name="Port">The port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="RepositoryRoot">Where quick runs run the benchmarks; null disables them.</param>
/// <param name="QuickJob">The job of a quick run.</param>
/// <param name="QuickFilter">The quick run's default filter.</param>
internal sealed record DashboardOptions(string RunsDirectory, int Port, string? RepositoryRoot, BenchmarkJob QuickJob, string QuickFilter);

/// <summary>
/// The <c>serve</c> dashboard: ASP.NET Core on 127.0.0.1 only, pages rendered on the server, flame graphs in frames
/// (so their scripts zoom and search), and quick runs streamed over server-sent events.
/// </summary>
internal sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly QuickRuns _quickRuns;

    private DashboardServer(WebApplication app, QuickRuns quickRuns)
    {
        _app = app;
        _quickRuns = quickRuns;
    }

    /// <summary>The address it listens on, e.g. <c>http://127.0.0.1:5123</c>.</summary>
    public string Url => _app.Urls.First();

    /// <summary>Builds and starts the server.</summary>
    public static async Task<DashboardServer> StartAsync(DashboardOptions options, CancellationToken cancellation = default)
    {
        var runs = new RunsDirectory(options.RunsDirectory);
        Directory.CreateDirectory(runs.Root);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(25));
        var app = builder.Build();
        var quickRuns = new QuickRuns(runs.Root, options.RepositoryRoot, options.QuickJob, options.QuickFilter);
        Map(app, runs, quickRuns);
        // Stopping (Ctrl-C) ends a run in progress, its child processes included, before the server goes.
        app.Lifetime.ApplicationStopping.Register(() => quickRuns.DisposeAsync().AsTask().Wait());
        await app.StartAsync(cancellation);
        return new DashboardServer(app, quickRuns);
    }

    /// <summary>Runs until the host is told to stop (Ctrl-C, SIGTERM) or <paramref name="cancellation"/> fires.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellation) => _app.WaitForShutdownAsync(cancellation);

    private static void Map(WebApplication app, RunsDirectory runs, QuickRuns quickRuns)
    {
        app.MapGet("/", () => Html(DashboardPages.Index(runs.List(), quickRuns.DefaultFilter)));
        app.MapGet("/run", (string? path) => runs.Load(path ?? "") is { } run
            ? Html(DashboardPages.Run(run, relative => runs.ResolveFile(relative) is { } file ? File.ReadAllText(file) : null))
            : Results.NotFound("no run at that path"));
        app.MapGet("/compare", (string? @base, string? candidate) =>
        {
            if (runs.Load(@base ?? "") is not { Report: { } before } || runs.Load(candidate ?? "") is not { Report: { } after })
            {
                return Results.NotFound("both runs need a report.yaml");
            }
            return Html(DashboardPages.Compare(ReportComparer.Compare(before, after, @base!, candidate!)));
        });
        app.MapGet("/file", (string? path) => runs.ResolveFile(path) is { } file
            ? Results.File(file, ContentType(file))
            : Results.NotFound("no such file in the runs directory"));
        app.MapPost("/api/quick-run", async (HttpRequest request) =>
        {
            var form = request.HasFormContentType ? await request.ReadFormAsync() : null;
            var (run, problem) = quickRuns.Start(form?["filter"].ToString());
            return run is null ? Results.Json(new { error = problem }, statusCode: StatusCodes.Status409Conflict) : Results.Json(new { id = run.Id });
        });
        app.MapGet("/api/quick-run/{id}/events", async (string id, HttpContext context) =>
        {
            if (quickRuns.Get(id) is not { } run)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            context.Response.Headers.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            var sent = 0;
            var stopping = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, app.Lifetime.ApplicationStopping);
            try
            {
                while (true)
                {
                    var (events, more, finished) = run.Read(sent);
                    foreach (var e in events) await context.Response.WriteAsync($"event: {e.Name}\ndata: {e.Data}\n\n", stopping.Token);
                    sent += events.Count;
                    await context.Response.Body.FlushAsync(stopping.Token);
                    if (finished && events.Count == 0) break;
                    if (!finished) await more.WaitAsync(stopping.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // the browser went away, or the server is stopping
            }
        });
    }

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".svg" => "image/svg+xml",
        ".yaml" or ".yml" => "text/yaml; charset=utf-8",
        ".md" => "text/markdown; charset=utf-8",
        ".json" => "application/json",
        ".png" => "image/png",
        ".html" => "text/plain; charset=utf-8", // never run a page from the runs directory in the dashboard's origin
        _ => "text/plain; charset=utf-8",
    };

    /// <summary>Stops the server and any quick run.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _quickRuns.DisposeAsync();
        await _app.DisposeAsync();
    }
}
