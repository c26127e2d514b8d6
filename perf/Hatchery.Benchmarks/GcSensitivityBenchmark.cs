using Acornima.Ast;
using BenchmarkDotNet.Attributes;
using Hatchery.Benchmarks.Support;
using Jint;

namespace Hatchery.Benchmarks;

/// <summary>
/// How the garbage collector shapes throughput: runtimes spawned and dropped per operation against one
/// reused runtime running an allocation-heavy script, with and without a forced full collection every
/// <see cref="Operations"/> operations (what a host that calls <c>GC.Collect</c> between batches pays).
/// </summary>
[MemoryDiagnoser]
public class GcSensitivityBenchmark
{
    private const int Operations = 50;

    private EngineFactory _factory = null!;
    private Engine _engine = null!;
    private JsRuntime _runtime = null!;
    private Prepared<Script> _script;

    [GlobalSetup]
    public void Setup()
    {
        _factory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance));
        _engine = new Engine(BareJint.Options);
        _runtime = _factory.NewRuntime();
        _script = Scripts.Prepare(Scripts.AllocationHeavy);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _runtime.Dispose();
        _engine.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public void BareJintReuse()
    {
        for (var i = 0; i < Operations; i++) _engine.Evaluate(_script);
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public void SpawnRunDiscard()
    {
        for (var i = 0; i < Operations; i++)
        {
            using var runtime = _factory.NewRuntime();
            runtime.Evaluate(_script);
        }
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public void RuntimeReuse()
    {
        for (var i = 0; i < Operations; i++) _runtime.Evaluate(_script);
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public void RuntimeReuseWithPeriodicFullGc()
    {
        for (var i = 0; i < Operations; i++) _runtime.Evaluate(_script);
        GC.Collect();
    }
}
