using System.Globalization;
using Hatchery.Perf.Comparison;
using Hatchery.Perf.Driving;
using Hatchery.Perf.Reports;
using Hatchery.Perf.Running;

namespace Hatchery.Perf.Profiling;

/// <summary>What a profile run collects.</summary>
[Flags]
public enum ProfileKinds
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>BenchmarkDotNet time and bytes per operation into report.yaml (and a comparison when there are two sides).</summary>
    Measure = 1,

    /// <summary>perf CPU samples: flame graph, top-N.</summary>
    Cpu = 2,

    /// <summary>AllocationSampled events: allocation flame graph, top types and call sites.</summary>
    Alloc = 4,

    /// <summary>callgrind instructions per operation.</summary>
    Callgrind = 8,
}

/// <summary>Settings of one <c>hatchery-perf profile</c> run.</summary>
internal sealed record ProfileRequest(
    string RepositoryRoot,
    string OutputDirectory,
    string Benchmark,
    string? Against,
    string? BaseRevision,
    ProfileKinds Kinds,
    double Seconds,
    double WarmupSeconds,
    long CallgrindOperations,
    int Top,
    BenchmarkJob Job,
    string? MeasureFilter,
    string CommandLine);

/// <summary>
/// Runs a profile: builds the benchmarks (and the base revision in a temporary worktree), measures them with
/// BenchmarkDotNet, samples CPU and allocations and counts instructions for each side, draws the flame graphs and
/// differences, and writes <c>profiles.yaml</c>.
/// </summary>
internal sealed class ProfileSession(ProfileRequest request, TextWriter log, string? path)
{
    private readonly ProfileManifest _manifest = new();
    private string Out => request.OutputDirectory;

    /// <summary>The problem that stops this run before it starts (a missing or forbidden profiler), or null.</summary>
    public string? Preflight(out string? perf, out string? valgrind)
    {
        perf = ProfilerTools.Find("perf", path);
        valgrind = ProfilerTools.Find("valgrind", path);
        if (request.Kinds.HasFlag(ProfileKinds.Cpu))
        {
            if (perf is null) return ProfilerTools.PerfMissing;
            if (ProfilerTools.PerfPermissionProblem(ProfilerTools.ReadParanoid(), ProfilerTools.IsRoot()) is { } problem) return problem;
        }
        if (request.Kinds.HasFlag(ProfileKinds.Callgrind) && valgrind is null) return ProfilerTools.ValgrindMissing;
        return null;
    }

    /// <summary>Runs it; returns the manifest written.</summary>
    public async Task<ProfileManifest> RunAsync(string? perf, string? valgrind, CancellationToken cancellation)
    {
        Directory.CreateDirectory(Out);
        var work = Path.Combine(Out, ".work");
        _manifest.Command = request.CommandLine;
        _manifest.Date = DateTimeOffset.Now.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        _manifest.Benchmark = request.Benchmark;
        _manifest.Against = request.Against;
        _manifest.BaseRevision = request.BaseRevision;
        using var baseTree = request.BaseRevision is { } revision ? GitWorktree.Create(request.RepositoryRoot, revision) : null;
        try
        {
            log.WriteLine($"building {SourceInfo.BenchmarkProject} in {request.RepositoryRoot}");
            var candidateAssembly = await BenchmarkBuild.BuildAsync(request.RepositoryRoot, cancellation);
            string? baseAssembly = null;
            if (baseTree is not null)
            {
                log.WriteLine($"building {baseTree.Revision} ({baseTree.Commit[..10]}) in {baseTree.Path}");
                baseAssembly = await BenchmarkBuild.BuildAsync(baseTree.Path, cancellation);
            }
            var sides = Sides(candidateAssembly, baseAssembly, baseTree);
            if (request.Kinds.HasFlag(ProfileKinds.Measure)) await MeasureAsync(baseTree, cancellation);
            var cpu = new List<FoldedStacks>();
            var allocations = new List<FoldedStacks>();
            foreach (var (entry, assembly) in sides)
            {
                _manifest.Profiles.Add(entry);
                if (request.Kinds.HasFlag(ProfileKinds.Cpu)) cpu.Add(await CpuAsync(entry, assembly, perf!, work, cancellation));
                if (request.Kinds.HasFlag(ProfileKinds.Alloc)) allocations.Add(await AllocationsAsync(entry, assembly, work, cancellation));
                if (request.Kinds.HasFlag(ProfileKinds.Callgrind)) await CallgrindAsync(entry, assembly, valgrind!, work, cancellation);
            }
            if (sides.Count == 2)
            {
                var name = $"{sides[0].Entry.Label}-vs-{sides[1].Entry.Label}";
                if (cpu.Count == 2) Difference(cpu[0], cpu[1], name, "cpu", "CPU", "samples");
                if (allocations.Count == 2) Difference(allocations[0], allocations[1], name, "alloc", "allocation", "estimated bytes");
            }
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
        File.WriteAllText(Path.Combine(Out, ProfileManifest.FileName), ReportYaml.WriteObject(_manifest));
        log.WriteLine($"{_manifest.Artifacts.Count} artifacts listed in {Path.Combine(Out, ProfileManifest.FileName)}");
        return _manifest;
    }

    private List<(ProfileEntry Entry, string Assembly)> Sides(string candidateAssembly, string? baseAssembly, GitWorktree? baseTree)
    {
        var candidateCommit = GitWorktree.ResolveCommit(request.RepositoryRoot, "HEAD");
        if (baseAssembly is not null)
        {
            var label = Label(request.Benchmark);
            return
            [
                (new ProfileEntry { Benchmark = request.Benchmark, Label = label + ".base", Build = "base", Commit = baseTree!.Commit }, baseAssembly),
                (new ProfileEntry { Benchmark = request.Benchmark, Label = label + ".candidate", Commit = candidateCommit }, candidateAssembly),
            ];
        }
        var sides = new List<(ProfileEntry, string)>
        {
            (new ProfileEntry { Benchmark = request.Benchmark, Label = Label(request.Benchmark), Commit = candidateCommit }, candidateAssembly),
        };
        if (request.Against is { } against)
        {
            sides.Add((new ProfileEntry { Benchmark = against, Label = Label(against), Commit = candidateCommit }, candidateAssembly));
        }
        return sides;
    }

    /// <summary>A benchmark's short name for file names: the method and parameters, file-name safe.</summary>
    internal static string Label(string benchmark)
    {
        var open = benchmark.IndexOf('(');
        var head = open < 0 ? benchmark : benchmark[..open];
        var label = head[(head.LastIndexOf('.') + 1)..] + (open < 0 ? "" : benchmark[open..]);
        return new string(label.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray()).Trim('_');
    }

    private async Task MeasureAsync(GitWorktree? baseTree, CancellationToken cancellation)
    {
        var names = new[] { request.Benchmark, request.Against }.OfType<string>().Distinct().ToList();
        var filter = string.Join(' ', names.Select(n => "*." + (n.IndexOf('(') is var open and >= 0 ? n[..open] : n)));
        if (request.MeasureFilter is { } extra) filter += " " + extra;
        var candidate = await MeasureOneAsync(request.RepositoryRoot, Out, filter, cancellation);
        Add(ReportYaml.FileName, "report", "BenchmarkDotNet measurements (report.yaml)");
        ReportComparison? comparison = null;
        if (baseTree is not null)
        {
            var baseDirectory = Path.Combine(Out, "base");
            var before = await MeasureOneAsync(baseTree.Path, baseDirectory, filter, cancellation);
            Add("base/" + ReportYaml.FileName, "report", $"BenchmarkDotNet measurements of the base, {baseTree.Revision}");
            comparison = ReportComparer.Compare(before, candidate, $"{baseTree.Revision} ({baseTree.Commit[..10]})", "candidate");
        }
        else if (request.Against is { } against)
        {
            comparison = ReportComparer.ComparePair(candidate, Id(candidate, request.Benchmark), Id(candidate, against), "one run");
        }
        if (comparison is not null)
        {
            using (var writer = new StreamWriter(Path.Combine(Out, "comparison.md"))) ComparisonWriter.Write(comparison, ComparisonFormat.Markdown, writer);
            Add("comparison.md", "markdown", "time and bytes per operation compared (Mann–Whitney, Hodges–Lehmann)");
        }
        if (candidate.Benchmarks.Any(b => b.Ratio is not null) && candidate.Benchmarks.Count > 2)
        {
            using (var writer = new StreamWriter(Path.Combine(Out, "costs.md"))) CostTable.Write(candidate, writer);
            Add("costs.md", "markdown", "cost of each measured benchmark over its suite's baseline");
        }
    }

    // A report id may carry a [Job] suffix where a suite ran under several jobs; match the name without it.
    private static string Id(PerfReport report, string name) =>
        report.Benchmarks.FirstOrDefault(b => b.Id == name || b.Id.EndsWith("." + name, StringComparison.Ordinal) || b.Id.StartsWith(name + "[", StringComparison.Ordinal))?.Id
        ?? throw new InvalidDataException($"the measured report has no benchmark {name}");

    private async Task<PerfReport> MeasureOneAsync(string root, string directory, string filter, CancellationToken cancellation)
    {
        log.WriteLine($"measuring {filter} in {root} (job {request.Job.ToString().ToLowerInvariant()})");
        var run = new BenchmarkRun(root, Path.GetFullPath(directory), filter, request.Job);
        var exitCode = await run.ExecuteAsync(_ => { }, cancellation);
        var report = run.WriteReport() ?? throw new IOException($"the benchmarks wrote no report (exit code {exitCode}); see {run.LogPath}");
        // BenchmarkDotNet's own artifacts and log are large and not needed once report.yaml is written.
        Directory.Delete(run.ArtifactsDirectory, recursive: true);
        return report;
    }

    private async Task<FoldedStacks> CpuAsync(ProfileEntry entry, string assembly, string perf, string work, CancellationToken cancellation)
    {
        log.WriteLine($"CPU profile of {entry.Benchmark} ({entry.Build}): {request.Seconds} s under perf");
        var profile = await CpuProfiler.RecordAsync(perf, assembly, entry.Benchmark, request.Seconds, request.WarmupSeconds, work, cancellation);
        entry.CpuSamples = profile.Stacks.Total;
        entry.CpuOperations = profile.Operations;
        entry.CpuNsPerOp = Math.Round(profile.Milliseconds * 1e6 / Math.Max(1, profile.Operations), 1);
        var nsPerSample = profile.Milliseconds * 1e6 / profile.Stacks.Total;
        Write(entry.Label + ".cpu.folded", "folded", $"CPU samples of {entry.Label}, folded", w => profile.Stacks.Write(w));
        Write(entry.Label + ".cpu.svg", "flamegraph", $"CPU flame graph of {entry.Label}",
            w => FlameGraphSvg.Write(profile.Stacks, $"CPU: {entry.Benchmark} ({entry.Build}, {Units.Time(entry.CpuNsPerOp.Value)}/op under perf)", w));
        Write(entry.Label + ".cpu.top.txt", "text", $"CPU top {request.Top} of {entry.Label}",
            w => TopReport.Write(profile.Stacks, $"CPU profile of {entry.Benchmark} ({entry.Build}): {profile.Operations:N0} operations, "
                                                 + $"{Units.Time(entry.CpuNsPerOp.Value)}/op", request.Top, w, "samples",
                samples => Units.Time(samples * nsPerSample / Math.Max(1, profile.Operations))));
        return profile.Stacks;
    }

    private async Task<FoldedStacks> AllocationsAsync(ProfileEntry entry, string assembly, string work, CancellationToken cancellation)
    {
        log.WriteLine($"allocation profile of {entry.Benchmark} ({entry.Build}): {request.Seconds} s with AllocationSampled events");
        var profile = await AllocationProfiler.RecordAsync(assembly, entry.Benchmark, request.Seconds, request.WarmupSeconds, work, cancellation);
        entry.AllocationSamples = profile.Samples.Count;
        entry.EstimatedBytesPerOp = Math.Round(AllocationReport.EstimatedBytesPerOperation(profile), 1);
        entry.EstimatedObjectsPerOp = Math.Round(AllocationReport.EstimatedObjectsPerOperation(profile), 2);
        entry.MeasuredBytesPerOp = Math.Round(profile.MeasuredBytes / (double)Math.Max(1, profile.Operations), 1);
        var stacks = AllocationProfiler.Fold(profile);
        Write(entry.Label + ".alloc.folded", "folded", $"sampled allocations of {entry.Label}, folded (estimated bytes)", w => stacks.Write(w));
        Write(entry.Label + ".alloc.svg", "flamegraph", $"allocation flame graph of {entry.Label}",
            w => FlameGraphSvg.Write(stacks, $"Allocations: {entry.Benchmark} ({entry.Build}, about {Units.Bytes((long)entry.EstimatedBytesPerOp.Value)}/op)", w, "estimated bytes"));
        Write(entry.Label + ".alloc.top.txt", "text", $"allocation top {request.Top} of {entry.Label}",
            w => AllocationReport.Write(profile, $"Allocation profile of {entry.Benchmark} ({entry.Build})", request.Top, w));
        return stacks;
    }

    private async Task CallgrindAsync(ProfileEntry entry, string assembly, string valgrind, string work, CancellationToken cancellation)
    {
        log.WriteLine($"instruction count of {entry.Benchmark} ({entry.Build}): callgrind, {request.CallgrindOperations} and {request.CallgrindOperations * 3} operations");
        var count = await InstructionCounter.CountAsync(valgrind, assembly, entry.Benchmark, request.CallgrindOperations, work, cancellation);
        entry.InstructionsPerOp = Math.Round(count.PerOperation, 1);
        entry.CallgrindOperations = [.. count.Operations];
        entry.CallgrindInstructions = [.. count.Instructions];
    }

    private void Difference(FoldedStacks before, FoldedStacks after, string name, string kind, string what, string unit)
    {
        Write($"{name}.{kind}.diff.svg", "flamegraph", $"differential {what} flame graph, {name}",
            w => FlameGraphSvg.Write(after, $"Differential {what}: {name} (red grew, blue shrank; widths from the candidate)", w, unit, before));
        Write($"{name}.{kind}.diff.top.txt", "text", $"{what} top {request.Top} changes, {name}",
            w => TopReport.WriteDifference(before, after, $"Differential {what} profile: {name}", request.Top, w));
    }

    private void Write(string file, string kind, string title, Action<TextWriter> write)
    {
        using (var writer = new StreamWriter(Path.Combine(Out, file))) write(writer);
        Add(file, kind, title);
    }

    private void Add(string file, string kind, string title) =>
        _manifest.Artifacts.Add(new ProfileArtifact { File = file, Kind = kind, Title = title });
}
