using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hatchery.Extensions.Hosting.Tests;

/// <summary>The ASP.NET Core sample on real Kestrel: per-request runtimes, console capture and time limits.</summary>
public sealed class SampleAppTests(SampleServer server) : IClassFixture<SampleServer>
{
    private const int Threads = 4;
    private const int RequestsPerThread = 200;

    [Fact]
    public async Task Four_threads_of_two_hundred_requests_each_get_only_their_own_output()
    {
        var workers = Enumerable.Range(0, Threads).Select(thread => Task.Run(async () =>
        {
            for (var i = 0; i < RequestsPerThread; i++)
            {
                var name = $"t{thread}-r{i}-{Guid.NewGuid():N}";
                using var response = await server.Client.GetAsync($"/greet?name={name}");
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, body);
                Assert.Equal($"hello {name}\ngoodbye {name}\n", body);
            }
        })).ToArray();
        // No wall-clock bound: CI machines run this beside three other test projects, and request cost is the
        // benchmark suite's job (RequestCostBenchmark), not a unit test's.
        await Task.WhenAll(workers);
        // Each runtime wrote to its own capture, none to the factory's console, which this app routes to the log.
        Assert.DoesNotContain(server.Log.Entries, e => e.Category == HatcheryOptions.DefaultLoggerCategory);
        Assert.Contains(server.Log.Entries, e => e.Category.StartsWith("Microsoft.Hosting.Lifetime", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_endless_script_is_stopped_by_its_time_limit_while_other_requests_go_on()
    {
        var clock = Stopwatch.StartNew();
        var spin = server.Client.PostAsync("/run/spin", new StringContent("the limit test"));
        var others = Enumerable.Range(0, 20).Select(async i =>
        {
            var name = $"beside-spin-{i}";
            using var response = await server.Client.GetAsync($"/greet?name={name}");
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(), Name: name);
        }).ToArray();

        using var stopped = await spin;
        var elapsed = clock.Elapsed;
        Assert.Equal(HttpStatusCode.InternalServerError, stopped.StatusCode);
        var problem = await stopped.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Time", problem.GetProperty("limit").GetString());
        Assert.Equal("The script was stopped by its Time limit", problem.GetProperty("title").GetString());
        Assert.Equal("spinning for the limit test\n", problem.GetProperty("output").GetString());
        // The upper bound only says the limit, not the client's timeout, ended the request; it is loose for loaded CI.
        Assert.InRange(elapsed, SampleServer.RequestTimeout, TimeSpan.FromSeconds(60));

        foreach (var (status, body, name) in await Task.WhenAll(others))
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal($"hello {name}\ngoodbye {name}\n", body);
        }
    }

    [Fact]
    public async Task A_failing_script_answers_with_its_error_and_what_it_printed()
    {
        using var response = await server.Client.PostAsync("/run/fail", new StringContent("orders"));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The script failed: TypeError", problem.GetProperty("title").GetString());
        Assert.Equal("no handler for orders", problem.GetProperty("detail").GetString());
        Assert.Equal("about to fail for orders\n", problem.GetProperty("output").GetString());
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "scripts", "fail.js") + ":4:9", problem.GetProperty("location").GetString());
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("..%2Fappsettings")]
    public async Task A_script_that_is_not_in_the_scripts_folder_is_not_found(string script)
    {
        using var response = await server.Client.PostAsync($"/run/{script}", new StringContent(""));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
