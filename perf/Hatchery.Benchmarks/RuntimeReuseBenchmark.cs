using Acornima.Ast;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Hatchery.Benchmarks.Support;
using Jint;

namespace Hatchery.Benchmarks;

/// <summary>One long-lived runtime running script after script: the per-evaluation overhead of the host.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuntimeReuseBenchmark
{
    private Engine _engine = null!;
    private JsRuntime _runtime = null!;
    private Prepared<Script> _small;

    [GlobalSetup]
    public void Setup()
    {
        var factory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance));
        _engine = new Engine(BareJint.Options);
        _runtime = factory.NewRuntime();
        _small = Scripts.Prepare(Scripts.Small);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _runtime.Dispose();
        _engine.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Source")]
    public object BareJintSource() => _engine.Evaluate(Scripts.Small);

    [Benchmark, BenchmarkCategory("Source")]
    public object RuntimeSource() => _runtime.Evaluate(Scripts.Small);

    [Benchmark(Baseline = true), BenchmarkCategory("Prepared")]
    public object BareJintPrepared() => _engine.Evaluate(_small);

    [Benchmark, BenchmarkCategory("Prepared")]
    public object RuntimePrepared() => _runtime.Evaluate(_small);

    // Call-logging variants go here once CallLog exists.
}
