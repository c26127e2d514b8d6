namespace Hatchery.Perf.Reports;

/// <summary>
/// One benchmark run as <c>report.yaml</c> holds it: where and on what it ran, and every benchmark's samples and
/// summary figures. Mutable on purpose: it is a serialisation model that the importer fills and the YAML reader
/// creates.
/// </summary>
public sealed class PerfReport
{
    /// <summary>The file format's version; a reader refuses versions it does not know.</summary>
    public int Schema { get; set; } = ReportYaml.CurrentSchema;

    /// <summary>The machine, software and source revision the benchmarks ran on.</summary>
    public RunEnvironment Environment { get; set; } = new();

    /// <summary>Every benchmark of the run, in the order BenchmarkDotNet reported them.</summary>
    public List<BenchmarkResult> Benchmarks { get; set; } = [];

    /// <summary>Display texts of benchmarks that produced no measurement (build error, exception): not in <see cref="Benchmarks"/>.</summary>
    public List<string> Failed { get; set; } = [];
}

/// <summary>The machine, software and source revision of one run.</summary>
public sealed class RunEnvironment
{
    /// <summary>Processor model as BenchmarkDotNet names it, e.g. <c>AMD EPYC 7763</c>.</summary>
    public string? Machine { get; set; }

    /// <summary>Logical processor count.</summary>
    public int? Cores { get; set; }

    /// <summary>Operating system and version.</summary>
    public string? Os { get; set; }

    /// <summary>The .NET runtime the benchmarks ran on, e.g. <c>.NET 10.0.0 (10.0.25.52411), X64 RyuJIT x86-64-v3</c>.</summary>
    public string? Dotnet { get; set; }

    /// <summary>The Jint version the benchmarks were built against.</summary>
    public string? Jint { get; set; }

    /// <summary>The BenchmarkDotNet version that measured them.</summary>
    [YamlDotNet.Serialization.YamlMember(Alias = "benchmarkdotnet")]
    public string? BenchmarkDotNet { get; set; }

    /// <summary>The git commit of the source tree (full hash).</summary>
    public string? GitCommit { get; set; }

    /// <summary>Whether the work tree had uncommitted changes: the numbers are then of no commit exactly.</summary>
    public bool? GitDirty { get; set; }

    /// <summary>When the run finished, ISO 8601 with offset.</summary>
    public string? Date { get; set; }
}

/// <summary>One benchmark case (method × parameters × job) of a run.</summary>
public sealed class BenchmarkResult
{
    /// <summary>
    /// The key two reports are matched on: suite, method and parameters, e.g.
    /// <c>JsLoadingBenchmark.Parse(Lines=32)</c>. The job is left out so runs with different jobs still compare.
    /// </summary>
    public string Id { get; set; } = "";

    /// <summary>The benchmark class, e.g. <c>RuntimeSpawnBenchmark</c>.</summary>
    public string Suite { get; set; } = "";

    /// <summary>The benchmark's display text from BenchmarkDotNet (method, job and parameters).</summary>
    public string? Description { get; set; }

    /// <summary>The benchmark's categories; a suite's baseline is per category.</summary>
    public List<string> Categories { get; set; } = [];

    /// <summary>Whether this is its suite's (or category's) baseline.</summary>
    public bool Baseline { get; set; }

    /// <summary>Nanoseconds per operation of every measured iteration (BenchmarkDotNet's workload result stage).</summary>
    public List<double> NsPerOp { get; set; } = [];

    /// <summary>Median of <see cref="NsPerOp"/>.</summary>
    public double MedianNs { get; set; }

    /// <summary>Median absolute deviation of <see cref="NsPerOp"/> as a percentage of the median.</summary>
    public double SpreadPercent { get; set; }

    /// <summary>Bytes allocated per operation, when the memory diagnoser ran.</summary>
    public long? BytesPerOp { get; set; }

    /// <summary>Garbage collections during the measured iterations, when the memory diagnoser ran.</summary>
    public GcCounts? Gc { get; set; }

    /// <summary>Median time relative to the median of the suite's baseline in the same run (1 for the baseline).</summary>
    public double? Ratio { get; set; }
}

/// <summary>Collections per generation over <see cref="Operations"/> operations.</summary>
public sealed class GcCounts
{
    /// <summary>Generation 0 collections.</summary>
    public int Gen0 { get; set; }

    /// <summary>Generation 1 collections.</summary>
    public int Gen1 { get; set; }

    /// <summary>Generation 2 collections.</summary>
    public int Gen2 { get; set; }

    /// <summary>Operations the counts were taken over.</summary>
    public long Operations { get; set; }
}
