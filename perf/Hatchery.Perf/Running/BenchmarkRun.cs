using System.Diagnostics;
using Hatchery.Perf.Reports;

namespace Hatchery.Perf.Running;

/// <summary>
/// One run of perf/Hatchery.Benchmarks as a child process (<c>dotnet run -c Release</c>), its artifacts and console
/// log under an output directory, and the report made from them.
/// </summary>
/// <param name="RepositoryRoot">The repository whose benchmarks to run.</param>
/// <param name="OutputDirectory">Where the report, the console log and BenchmarkDotNet's artifacts go.</param>
/// <param name="Filter">BenchmarkDotNet's <c>--filter</c> glob; several globs separated by spaces.</param>
/// <param name="Job">How long to measure.</param>
/// <param name="NoBuild">Run the benchmarks as last built (<c>dotnet run --no-build</c>), e.g. between interleaved runs.</param>
public sealed record BenchmarkRun(string RepositoryRoot, string OutputDirectory, string Filter, BenchmarkJob Job, bool NoBuild = false)
{
    /// <summary>BenchmarkDotNet's artifacts directory inside the output directory.</summary>
    public string ArtifactsDirectory => Path.Combine(OutputDirectory, "bdn");

    /// <summary>The benchmark program's full console output.</summary>
    public string LogPath => Path.Combine(OutputDirectory, "benchmarks.log");

    /// <summary>The report written at the end.</summary>
    public string ReportPath => Path.Combine(OutputDirectory, ReportYaml.FileName);

    /// <summary>The command line of the child process.</summary>
    public ProcessStartInfo StartInfo()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            "run", "-c", "Release", .. NoBuild ? new[] { "--no-build" } : [], "--project", SourceInfo.BenchmarkProject, "--",
            "--filter", .. Filter.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--artifacts", Path.GetFullPath(ArtifactsDirectory),
            .. BenchmarkJobs.Arguments(Job),
        ];
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }

    /// <summary>
    /// Runs the benchmarks, passing every output line to <paramref name="onLine"/> (from one thread at a time) and
    /// to the log, and returns the child's exit code.
    /// </summary>
    public async Task<int> ExecuteAsync(Action<string> onLine, CancellationToken cancellation, Action<int>? onStarted = null)
    {
        Directory.CreateDirectory(OutputDirectory);
        await using var log = new StreamWriter(LogPath) { AutoFlush = true }; // readable while the run goes on
        using var child = Process.Start(StartInfo()) ?? throw new IOException("could not start dotnet");
        onStarted?.Invoke(child.Id);
        var gate = new object();
        void Take(string? line)
        {
            if (line is null) return;
            lock (gate)
            {
                log.WriteLine(line);
                onLine(line);
            }
        }
        child.OutputDataReceived += (_, e) => Take(e.Data);
        child.ErrorDataReceived += (_, e) => Take(e.Data);
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        try
        {
            await child.WaitForExitAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw;
        }
        return child.ExitCode;
    }

    /// <summary>Imports the run's full JSON exports into report.yaml; returns the report, or null if there were none.</summary>
    public PerfReport? WriteReport()
    {
        var results = Path.Combine(ArtifactsDirectory, "results");
        if (!Directory.Exists(results)) return null;
        var files = Directory.EnumerateFiles(results, "*" + BenchmarkDotNetImport.FullReportSuffix).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) return null;
        var report = BenchmarkDotNetImport.ImportFiles(files);
        SourceInfo.Fill(report.Environment, RepositoryRoot);
        ReportYaml.WriteFile(ReportPath, report);
        return report;
    }
}
