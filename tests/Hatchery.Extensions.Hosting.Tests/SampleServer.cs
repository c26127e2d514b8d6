using Hatchery.Samples.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hatchery.Extensions.Hosting.Tests;

/// <summary>
/// The sample app on real Kestrel at http://127.0.0.1 on a port the system picks, started before the tests of a class
/// and stopped after them. Its log goes to <see cref="Log"/>; <see cref="Client"/> talks to it.
/// </summary>
public sealed class SampleServer : IAsyncLifetime
{
    /// <summary>The per-request time limit the tests run the sample with.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(2);

    private WebApplication? _app;

    public MemoryLoggerProvider Log { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = SampleApp.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Sample:RequestTimeout"] = RequestTimeout.ToString(),
            });
            builder.Logging.ClearProviders().AddProvider(Log);
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        // Generous: CI runs this beside three other test projects on two cores, where one request can wait seconds.
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
        // The first request compiles the whole request path (several seconds on a busy machine): pay it here, so the
        // spin test's bound measures the warm path.
        using var warmUp = await Client.GetAsync("/greet?name=warm-up");
        warmUp.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
