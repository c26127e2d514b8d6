using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using Hatchery.Perf.Dashboard;
using Hatchery.Perf.Running;

namespace Hatchery.Perf.Tests;

public sealed partial class DashboardServerTests : IDisposable
{
    private readonly string _runs = Directory.CreateTempSubdirectory("hatchery-perf-serve-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("hatchery-perf-outside-").FullName;

    public void Dispose()
    {
        Directory.Delete(_runs, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    [Fact]
    public async Task Files_are_served_only_from_inside_the_runs_directory()
    {
        DashboardFixture.WriteFixtureRuns(_runs);
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "secret");
        File.CreateSymbolicLink(Path.Combine(_runs, "fixture-profile", "link.txt"), Path.Combine(_outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_runs, "escape"), _outside);
        await using var server = await DashboardServer.StartAsync(new DashboardOptions(_runs, 0, null, BenchmarkJob.Tiny, "*"));
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        var svg = await http.GetAsync("/file?path=fixture-profile%2Fspawn.cpu.svg");
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        var outsideName = Path.GetFileName(_outside);
        foreach (var attempt in new[]
                 {
                     "..%2F" + outsideName + "%2Fsecret.txt", "fixture-profile%2F..%2F..%2F" + outsideName + "%2Fsecret.txt",
                     Uri.EscapeDataString(Path.Combine(_outside, "secret.txt")), "%2Fetc%2Fpasswd", "fixture-profile%2Flink.txt",
                     "escape%2Fsecret.txt", "fixture-profile%5C..%5C..%5Cetc%5Cpasswd", "fixture-profile%00.svg", "fixture-profile",
                 })
        {
            var response = await http.GetAsync("/file?path=" + attempt);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{attempt}: {response.StatusCode}");
            Assert.DoesNotContain("secret", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/run?path=..")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/compare?base=..&candidate=fixture-base")).StatusCode);
    }

    [Fact]
    public async Task Ctrl_c_stops_the_server_and_kills_a_running_benchmark_and_its_children()
    {
        using var repository = new TinyBenchmarkRepository();
        repository.CommitSpin(200_000_000, "a spin long enough to still run when Ctrl-C comes");
        var start = new ProcessStartInfo(Driving.DriverProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[] { typeof(DashboardServer).Assembly.Location, "serve", "--port", "0", "--dir", _runs, "--repo", repository.Root, "--quick-job", "quick", "--quick-filter", "*Spin*" })
        {
            start.ArgumentList.Add(argument);
        }
        using var serve = Process.Start(start)!;
        var banner = await serve.StandardOutput.ReadLineAsync();
        var url = UrlPattern().Match(banner ?? "").Value;
        Assert.StartsWith("http://127.0.0.1:", url);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(6) };
        var started = await http.PostAsync("/api/quick-run", new FormUrlEncodedContent(new Dictionary<string, string> { ["filter"] = "*Spin*" }));
        var id = System.Text.Json.JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        using var events = new StreamReader(await http.GetStreamAsync($"/api/quick-run/{id}/events"));
        // Wait until BenchmarkDotNet runs the benchmark itself (its process found and started the job).
        for (var line = await events.ReadLineAsync(); line is not null && !line.Contains("[0/1]", StringComparison.Ordinal); line = await events.ReadLineAsync())
        {
        }
        await Task.Delay(3000);
        var descendants = Descendants(serve.Id);
        Assert.NotEmpty(descendants);

        Assert.Equal(0, Kill(serve.Id, 2)); // SIGINT, as Ctrl-C sends
        // Generous: the other Perf tests build and run benchmarks in parallel on 2 cores meanwhile.
        // Stopping waits up to 20 s for the run and then for open requests; twice, under a load of 18, 60 s was not enough.
        Assert.True(serve.WaitForExit(120_000), "serve did not stop within 120 s of Ctrl-C");

        Assert.Equal(0, serve.ExitCode);
        Assert.Contains("stopped", await serve.StandardOutput.ReadToEndAsync());
        await Task.Delay(500);
        Assert.DoesNotContain(descendants, pid => Directory.Exists($"/proc/{pid}") && !IsZombie(pid));
    }

    private static List<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // gone meanwhile
            }
        }
        var found = new List<int>();
        var queue = new Queue<int>([root]);
        while (queue.Count > 0)
        {
            var parent = queue.Dequeue();
            foreach (var (pid, ppid) in parents)
            {
                if (ppid != parent) continue;
                found.Add(pid);
                queue.Enqueue(pid);
            }
        }
        return found;
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] == 'Z';
        }
        catch (IOException)
        {
            return true;
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [System.Text.RegularExpressions.GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial System.Text.RegularExpressions.Regex UrlPattern();
}
