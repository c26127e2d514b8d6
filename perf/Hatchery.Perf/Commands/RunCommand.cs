using System.CommandLine;
using System.Diagnostics;
using Hatchery.Perf.Running;
using Spectre.Console;

namespace Hatchery.Perf.Commands;

/// <summary>
/// <c>hatchery-perf run</c>: runs perf/Hatchery.Benchmarks in a child process with a live progress display and
/// writes report.yaml.
/// </summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var filter = new Option<string>("--filter") { Description = "Which benchmarks, as BenchmarkDotNet's glob (e.g. '*Spawn*')", DefaultValueFactory = _ => "*" };
        var job = new Option<BenchmarkJob>("--job")
        {
            Description = "quick: 3 warmups + 15 iterations, one process; full: BenchmarkDotNet's default job; tiny: 1 warmup + 3 iterations of 20 ms in-process (for testing the tool)",
            DefaultValueFactory = _ => BenchmarkJob.Quick,
        };
        var outDirectory = new Option<string>("--out") { Description = "Directory for report.yaml, benchmarks.log and BenchmarkDotNet's artifacts (bdn/)", DefaultValueFactory = _ => "perf-report" };
        var command = new Command("run",
            "Run the BenchmarkDotNet suites of perf/Hatchery.Benchmarks (Release, child process) with a live progress display\n"
            + "(current benchmark, done/total, elapsed, ETA), then write DIR/report.yaml from the full JSON export.\n"
            + "Run from inside the repository, on an otherwise idle machine.")
        {
            filter, job, outDirectory,
        };
        command.SetAction(async (result, cancellation) =>
        {
            var root = RepositoryRoot(Environment.CurrentDirectory);
            if (root is null)
            {
                error.WriteLine($"hatchery-perf: no {Reports.SourceInfo.BenchmarkProject} above {Environment.CurrentDirectory}: run inside the Hatchery repository");
                return 1;
            }
            var run = new BenchmarkRun(root, Path.GetFullPath(result.GetValue(outDirectory)!), result.GetValue(filter)!, result.GetValue(job));
            var exitCode = await Execute(run, output, cancellation);
            var report = run.WriteReport();
            if (report is null)
            {
                error.WriteLine($"hatchery-perf: the benchmarks wrote no JSON report (exit code {exitCode}); see {run.LogPath}");
                return exitCode == 0 ? 1 : exitCode;
            }
            output.WriteLine($"{report.Benchmarks.Count} benchmarks written to {run.ReportPath}");
            if (exitCode != 0) error.WriteLine($"hatchery-perf: some benchmarks failed (exit code {exitCode}); see {run.LogPath}");
            return exitCode;
        });
        return command;
    }

    private static async Task<int> Execute(BenchmarkRun run, TextWriter output, CancellationToken cancellation)
    {
        var progress = new BenchmarkProgress();
        var clock = Stopwatch.StartNew();
        if (Console.IsOutputRedirected || !ReferenceEquals(output, Console.Out))
        {
            // No terminal to redraw: one line per finished benchmark.
            return await run.ExecuteAsync(line =>
            {
                var done = progress.Done;
                if (progress.Feed(line) && progress.Done != done) output.WriteLine(Status(progress, clock.Elapsed));
            }, cancellation);
        }
        var exitCode = 0;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("building the benchmarks", maxValue: 1);
                exitCode = await run.ExecuteAsync(line =>
                {
                    if (!progress.Feed(line)) return;
                    task.MaxValue = progress.Total ?? 1;
                    task.Value = progress.Done;
                    task.Description = Markup.Escape(Status(progress, clock.Elapsed));
                }, cancellation);
                task.Value = task.MaxValue;
                task.StopTask();
            });
        return exitCode;
    }

    /// <summary>"[3/12] Suite.Method, elapsed 0:42, ETA 2:48".</summary>
    internal static string Status(BenchmarkProgress progress, TimeSpan elapsed)
    {
        var total = progress.Total?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
        var eta = progress.Remaining(elapsed) is { } left ? Clock(left) : "?";
        return $"[{progress.Done}/{total}] {progress.Current ?? "-"}, elapsed {Clock(elapsed)}, ETA {eta}";
    }

    private static string Clock(TimeSpan time) => time.TotalHours >= 1
        ? $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}"
        : $"{time.Minutes}:{time.Seconds:00}";

    /// <summary>The nearest directory at or above <paramref name="start"/> holding the benchmark project.</summary>
    internal static string? RepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, Reports.SourceInfo.BenchmarkProject))) return directory.FullName;
        }
        return null;
    }
}
