using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Hatchery.Benchmarks.Support;

namespace Hatchery.Benchmarks;

/// <summary>The configurations <see cref="Program"/> runs with.</summary>
public static class BenchmarkConfig
{
    /// <summary>
    /// Full runs: BenchmarkDotNet's default job plus the full JSON export, which keeps every iteration's
    /// measurement so later statistics (Mann–Whitney, Hodges–Lehmann shift) can use raw samples, and the case
    /// list (baselines, categories, jobs) hatchery-perf needs beside it.
    /// </summary>
    public static IConfig Full() =>
        DefaultConfig.Instance
            .AddExporter(JsonExporter.Full, CaseListExporter.Instance)
            .AddColumn(StatisticColumn.Median);

    /// <summary>
    /// CI smoke run: every benchmark once, in this process (no per-benchmark build or process launch), so
    /// a broken benchmark fails the build in a couple of minutes. Proves they run; says nothing about speed.
    /// </summary>
    public static IConfig Smoke() =>
        ManualConfig.CreateEmpty()
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(DefaultConfig.Instance.GetLoggers().ToArray())
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Smoke"))
            .WithOption(ConfigOptions.JoinSummary, true);

    /// <summary>
    /// Set by <see cref="Program"/> before any config is built. Class-level configs that add out-of-process jobs
    /// (ConcurrencyBenchmark's GC modes) check it and defer to the smoke job: BenchmarkDotNet takes the union rule
    /// from the class's config, not the global one.
    /// </summary>
    public static bool IsSmokeRun { get; set; }
}
