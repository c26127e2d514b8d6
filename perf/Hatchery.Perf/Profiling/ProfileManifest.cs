namespace Hatchery.Perf.Profiling;

/// <summary>
/// <c>profiles.yaml</c>: what one <c>hatchery-perf profile</c> run measured and every file it wrote, so the
/// dashboard (and a reader) finds each artifact by what it is.
/// </summary>
public sealed class ProfileManifest
{
    /// <summary>The manifest's file name inside a run directory.</summary>
    public const string FileName = "profiles.yaml";

    /// <summary>Format version.</summary>
    public int Schema { get; set; } = 1;

    /// <summary>The command line that produced the run, to redo it.</summary>
    public string? Command { get; set; }

    /// <summary>When it ran, ISO 8601.</summary>
    public string? Date { get; set; }

    /// <summary>The profiled benchmark.</summary>
    public string Benchmark { get; set; } = "";

    /// <summary>The benchmark it was compared against (<c>--against</c>), if any.</summary>
    public string? Against { get; set; }

    /// <summary>The base revision it was compared against (<c>--base</c>), if any.</summary>
    public string? BaseRevision { get; set; }

    /// <summary>One entry per profiled benchmark and build, the base (if any) first.</summary>
    public List<ProfileEntry> Profiles { get; set; } = [];

    /// <summary>Every file written, in reading order.</summary>
    public List<ProfileArtifact> Artifacts { get; set; } = [];
}

/// <summary>One benchmark of one build, profiled.</summary>
public sealed class ProfileEntry
{
    /// <summary>The benchmark, <c>Suite.Method(Params)</c>.</summary>
    public string Benchmark { get; set; } = "";

    /// <summary>Its short name in file names, e.g. <c>Open</c>.</summary>
    public string Label { get; set; } = "";

    /// <summary>"candidate" (the work tree or <c>--candidate</c>) or "base".</summary>
    public string Build { get; set; } = "candidate";

    /// <summary>The commit the build is of, when known.</summary>
    public string? Commit { get; set; }

    /// <summary>perf's CPU samples of the measured loop.</summary>
    public long? CpuSamples { get; set; }

    /// <summary>Operations the CPU-profiled loop ran.</summary>
    public long? CpuOperations { get; set; }

    /// <summary>Wall time per operation in the CPU-profiled loop (under perf: a little slower than BenchmarkDotNet's).</summary>
    public double? CpuNsPerOp { get; set; }

    /// <summary>Sampled allocations.</summary>
    public long? AllocationSamples { get; set; }

    /// <summary>Estimated bytes per operation from the samples.</summary>
    public double? EstimatedBytesPerOp { get; set; }

    /// <summary>Estimated objects per operation from the samples.</summary>
    public double? EstimatedObjectsPerOp { get; set; }

    /// <summary>Exact bytes per operation of the same loop (<c>GC.GetTotalAllocatedBytes</c>).</summary>
    public double? MeasuredBytesPerOp { get; set; }

    /// <summary>Instructions per operation from callgrind.</summary>
    public double? InstructionsPerOp { get; set; }

    /// <summary>The two callgrind runs' operation counts.</summary>
    public List<long>? CallgrindOperations { get; set; }

    /// <summary>The two callgrind runs' instruction totals.</summary>
    public List<long>? CallgrindInstructions { get; set; }
}

/// <summary>One file of a profile run.</summary>
public sealed class ProfileArtifact
{
    /// <summary>Path relative to the run directory.</summary>
    public string File { get; set; } = "";

    /// <summary><c>flamegraph</c> (an interactive SVG), <c>text</c>, <c>markdown</c>, <c>folded</c> or <c>report</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>What it shows, in a few words.</summary>
    public string Title { get; set; } = "";
}
