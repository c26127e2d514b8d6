using BenchmarkDotNet.Attributes;
using Hatchery.Benchmarks.Support;
using Jint;

namespace Hatchery.Benchmarks;

/// <summary>
/// The cost of a fresh, empty runtime against a bare Jint engine (one shared plain <see cref="Options"/>).
/// Nothing is evaluated: this is the spawn path alone (DESIGN: no reflection, I/O or parsing on it).
/// </summary>
[MemoryDiagnoser]
public class RuntimeSpawnBenchmark
{
    private EngineFactory _factory = null!;

    private EngineFactory _loggingFactory = null!;
    private string _callLog = null!;

    [GlobalSetup]
    public void Setup()
    {
        _factory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance));
        _callLog = Path.Combine(Path.GetTempPath(), $"hatchery-bench-spawn-{Environment.ProcessId}.db");
        _loggingFactory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance).UseCallLog(_callLog));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var file in new[] { _callLog, _callLog + "-wal", _callLog + "-shm" }) File.Delete(file);
    }

    /// <summary>Target 1's baseline: Jint without Hatchery, one options instance shared by all engines.</summary>
    [Benchmark(Baseline = true)]
    public void BareJint()
    {
        using var engine = new Engine(Support.BareJint.Options);
    }

    /// <summary>An engine on the factory's shared options without the JsRuntime around it: what the options alone add.</summary>
    [Benchmark]
    public void BareJintFactoryOptions()
    {
        using var engine = new Engine(_factory.JintOptions);
    }

    /// <summary>One-shot use: builds a factory (options, native-module table, caches) and a runtime.</summary>
    [Benchmark]
    public void Open()
    {
        using var runtime = JsRuntime.Open(o => o.UseConsole(NullConsoleOutput.Instance));
    }

    [Benchmark]
    public void FactoryNewRuntime()
    {
        using var runtime = _factory.NewRuntime();
    }

    /// <summary>A runtime with options of its own: console output, a time limit and a cancellation token (per-engine constraint).</summary>
    [Benchmark]
    public void FactoryNewRuntimeWithOptions()
    {
        using var runtime = _factory.NewRuntime(static o => o.UseConsole(NullConsoleOutput.Instance).LimitTime(TimeSpan.FromSeconds(5)).UseCancellation(Cancellation.Token));
    }

    private static readonly CancellationTokenSource Cancellation = new();

    /// <summary>
    /// <see cref="FactoryNewRuntime"/> on a factory with a call log (target: at most 1.2× it): the runtime's id, its
    /// call-log state and its one <c>runtimes</c> row queued at dispose; the writer inserts it on another thread.
    /// </summary>
    [Benchmark]
    public void FactoryNewRuntimeCallLog()
    {
        using var runtime = _loggingFactory.NewRuntime();
    }
}
