using BenchmarkDotNet.Attributes;
using Hatchery.Benchmarks.Support;
using Jint;

namespace Hatchery.Benchmarks;

/// <summary>
/// The cost of a fresh, empty runtime against a bare Jint engine built from the same shared options.
/// Nothing is evaluated: this is the spawn path alone (DESIGN: no reflection, I/O or parsing on it).
/// </summary>
[MemoryDiagnoser]
public class RuntimeSpawnBenchmark
{
    private EngineFactory _factory = null!;

    [GlobalSetup]
    public void Setup() => _factory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance));

    /// <summary>The shared options already carry the runtime's lazy globals, so they are in the baseline.</summary>
    [Benchmark(Baseline = true)]
    public void BareJint()
    {
        using var engine = new Engine(_factory.JintOptions);
    }

    /// <summary>Jint with default options: shows what the lazy globals on the shared options cost by themselves.</summary>
    [Benchmark]
    public void BareJintDefaultOptions()
    {
        using var engine = new Engine();
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

    // Call-logging variants (a factory with a call-log sink bound) go here once CallLog exists.
}
