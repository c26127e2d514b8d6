using System.Diagnostics;
using Hatchery.Perf.Commands;
using Hatchery.Perf.Running;

namespace Hatchery.Perf.Dashboard;

/// <summary>One server-sent event: its name and data line.</summary>
internal readonly record struct RunEvent(string Name, string Data);

/// <summary>
/// A benchmark run the dashboard started: its progress as a list of events (replayed to every listener, then
/// followed live) and the run directory it writes.
/// </summary>
internal sealed class QuickRun
{
    private readonly List<RunEvent> _events = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public QuickRun(string id) => Id = id;

    /// <summary>The run's id (also its directory's name).</summary>
    public string Id { get; }

    /// <summary>The process id of the benchmark child, once started.</summary>
    public int? ChildProcess { get; set; }

    /// <summary>True once a final <c>done</c> or <c>failed</c> event was published.</summary>
    public bool Finished { get; private set; }

    /// <summary>The task running it.</summary>
    public Task Task { get; set; } = Task.CompletedTask;

    /// <summary>Adds an event and wakes the listeners.</summary>
    public void Publish(string name, string data)
    {
        TaskCompletionSource changed;
        lock (_events)
        {
            _events.Add(new RunEvent(name, data.Replace('\n', ' ')));
            if (name is "done" or "failed") Finished = true;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    /// <summary>The events from index <paramref name="from"/> on, and a task that completes when more arrive.</summary>
    public (List<RunEvent> Events, Task More, bool Finished) Read(int from)
    {
        lock (_events) return (_events.Skip(from).ToList(), _changed.Task, Finished);
    }
}

/// <summary>Starts quick runs (one at a time) into the runs directory and stops them when the server stops.</summary>
internal sealed class QuickRuns(string runsDirectory, string? repositoryRoot, BenchmarkJob job, string defaultFilter) : IAsyncDisposable
{
    private readonly Dictionary<string, QuickRun> _runs = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private QuickRun? _current;
    private int _disposed;

    /// <summary>The filter the form starts with.</summary>
    public string DefaultFilter => defaultFilter;

    /// <summary>The run with <paramref name="id"/>, or null.</summary>
    public QuickRun? Get(string id)
    {
        lock (_runs) return _runs.GetValueOrDefault(id);
    }

    /// <summary>Starts a run of <paramref name="filter"/>; returns it, or null with a reason when one cannot start.</summary>
    public (QuickRun? Run, string? Problem) Start(string? filter)
    {
        if (repositoryRoot is null) return (null, "the dashboard was not started inside a repository with perf/Hatchery.Benchmarks (see --repo)");
        lock (_runs)
        {
            if (_current is { Finished: false }) return (null, $"run {_current.Id} is still going");
            var id = "quick-" + DateTime.Now.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
            while (_runs.ContainsKey(id) || Directory.Exists(Path.Combine(runsDirectory, id))) id += "x";
            var run = new QuickRun(id);
            _runs[id] = run;
            _current = run;
            var benchmarkRun = new BenchmarkRun(repositoryRoot, Path.Combine(runsDirectory, id), string.IsNullOrWhiteSpace(filter) ? defaultFilter : filter.Trim(), job);
            run.Task = Task.Run(() => ExecuteAsync(run, benchmarkRun));
            return (run, null);
        }
    }

    private async Task ExecuteAsync(QuickRun run, BenchmarkRun benchmarkRun)
    {
        var progress = new BenchmarkProgress();
        var clock = Stopwatch.StartNew();
        run.Publish("progress", $"building and starting: {benchmarkRun.Filter}, job {job.ToString().ToLowerInvariant()}");
        try
        {
            var exitCode = await benchmarkRun.ExecuteAsync(line =>
            {
                if (progress.Feed(line)) run.Publish("progress", RunCommand.Status(progress, clock.Elapsed));
            }, _stopping.Token, pid =>
            {
                run.ChildProcess = pid;
                run.Publish("started", pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
            });
            var report = benchmarkRun.WriteReport();
            if (report is null) run.Publish("failed", $"no report (exit code {exitCode}); see {run.Id}/benchmarks.log");
            else run.Publish("done", run.Id);
        }
        catch (OperationCanceledException)
        {
            run.Publish("failed", "stopped: the dashboard is shutting down");
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.ComponentModel.Win32Exception)
        {
            run.Publish("failed", e.Message);
        }
    }

    /// <summary>Stops a run in progress (killing its process tree) and waits for it to wind up.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stopping.CancelAsync();
        QuickRun? current;
        lock (_runs) current = _current;
        if (current is not null) await current.Task.WaitAsync(TimeSpan.FromSeconds(20)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }
}
