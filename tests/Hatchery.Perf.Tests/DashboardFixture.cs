using Hatchery.Perf.Dashboard;
using Hatchery.Perf.Profiling;
using Hatchery.Perf.Reports;
using Hatchery.Perf.Running;
using Microsoft.Playwright;
using static Hatchery.Perf.Tests.ReportComparerTests;

namespace Hatchery.Perf.Tests;

/// <summary>
/// A dashboard on 127.0.0.1 over a runs directory of fixture runs (two reports with known numbers and one profile
/// run with a real flame graph), with quick runs going to a tiny real benchmark repository, and a headless Debian
/// Chromium driven by Playwright. Screenshots go to artifacts/perf-dashboard/ at the repository root.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium; ./test.sh installs it when missing.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private readonly TinyBenchmarkRepository _repository = new();
    private IPlaywright? _playwright;

    public string RunsDirectory { get; } = Directory.CreateTempSubdirectory("hatchery-perf-runs-").FullName;

    internal DashboardServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string Screenshots { get; } = Path.Combine(RepositoryRoot(), "artifacts", "perf-dashboard");

    public async Task InitializeAsync()
    {
        _repository.CommitSpin(1000, "spin");
        WriteFixtureRuns(RunsDirectory);
        Server = await DashboardServer.StartAsync(new DashboardOptions(RunsDirectory, 0, _repository.Root, BenchmarkJob.Tiny, "*Spin*"));
        if (!File.Exists(Chromium)) throw new InvalidOperationException($"{Chromium} is missing: apt-get install -y chromium (./test.sh does)");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
        Directory.Delete(RunsDirectory, recursive: true);
        _repository.Dispose();
    }

    /// <summary>
    /// base: S.Fast 3 µs, S.Slow 4.5 µs, S.Same 1 µs, T.Gone; candidate: S.Fast 1.5 µs (faster), S.Slow 4.5 µs,
    /// S.Same 1 µs (no change), T.New; 12 samples each, so p is decisive; and a profile run.
    /// </summary>
    internal static void WriteFixtureRuns(string root)
    {
        static double[] Around(double median) => Enumerable.Range(0, 12).Select(i => median + (i - 5.5) * median / 1000).ToArray();
        var before = Report(Benchmark("S.Fast", 2048, Around(3000)), Benchmark("S.Slow", 100, Around(4500)), Benchmark("S.Same", 0, Around(1000)),
            Benchmark("T.Gone", 10, Around(10)));
        before.Environment.Date = "2026-12-01T10:00:00+00:00";
        before.Environment.GitCommit = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        var after = Report(Benchmark("S.Fast", 1024, Around(1500)), Benchmark("S.Slow", 100, Around(4500)), Benchmark("S.Same", 0, Around(1000)),
            Benchmark("T.New", 10, Around(10)));
        after.Environment.Date = "2026-12-01T11:00:00+00:00";
        after.Environment.GitCommit = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
        Directory.CreateDirectory(Path.Combine(root, "fixture-base"));
        Directory.CreateDirectory(Path.Combine(root, "fixture-candidate"));
        ReportYaml.WriteFile(Path.Combine(root, "fixture-base", ReportYaml.FileName), before);
        ReportYaml.WriteFile(Path.Combine(root, "fixture-candidate", ReportYaml.FileName), after);

        var profile = Path.Combine(root, "fixture-profile");
        Directory.CreateDirectory(profile);
        using (var reader = File.OpenText(Path.Combine(Fixtures.Directory, "perf-spawn.script")))
        {
            var stacks = PerfScriptParser.Parse(reader);
            using (var svg = new StreamWriter(Path.Combine(profile, "spawn.cpu.svg"))) FlameGraphSvg.Write(stacks, "CPU: spawn", svg);
            using (var top = new StreamWriter(Path.Combine(profile, "spawn.cpu.top.txt"))) TopReport.Write(stacks, "CPU profile of spawn", 10, top);
        }
        var manifest = new ProfileManifest
        {
            Command = "hatchery-perf profile --benchmark S.Spawn",
            Date = "2026-12-01T09:00:00+00:00",
            Benchmark = "S.Spawn",
            Artifacts =
            [
                new ProfileArtifact { File = "spawn.cpu.svg", Kind = "flamegraph", Title = "CPU flame graph of spawn" },
                new ProfileArtifact { File = "spawn.cpu.top.txt", Kind = "text", Title = "CPU top 10 of spawn" },
            ],
        };
        File.WriteAllText(Path.Combine(profile, ProfileManifest.FileName), ReportYaml.WriteObject(manifest));
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hatchery.slnx"))) return directory.FullName;
        }
        return AppContext.BaseDirectory;
    }
}
