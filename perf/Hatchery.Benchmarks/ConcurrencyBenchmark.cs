using Acornima.Ast;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Hatchery.Benchmarks.Support;
using Jint;

namespace Hatchery.Benchmarks;

/// <summary>
/// Spawn + evaluate + dispose, <see cref="Spawns"/> times on one thread and split over two. With perfect
/// scaling the two-thread row's ratio is 0.5; the gap above it is contention (shared caches, the GC,
/// allocation). Bare Jint is measured the same way so engine-level contention is not blamed on Hatchery.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ConcurrencyBenchmark
{
    private const int Spawns = 64;

    private EngineFactory _factory = null!;
    private Prepared<Script> _script;

    [GlobalSetup]
    public void Setup()
    {
        _factory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance));
        _script = Scripts.Prepare(Scripts.Small);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Spawns), BenchmarkCategory("BareJint")]
    public void BareJintOneThread() => BareJint(Spawns);

    [Benchmark(OperationsPerInvoke = Spawns), BenchmarkCategory("BareJint")]
    public void BareJintTwoThreads() => Parallel.For(0, 2, TwoWays, _ => BareJint(Spawns / 2));

    [Benchmark(Baseline = true, OperationsPerInvoke = Spawns), BenchmarkCategory("Runtime")]
    public void RuntimeOneThread() => Runtime(Spawns);

    [Benchmark(OperationsPerInvoke = Spawns), BenchmarkCategory("Runtime")]
    public void RuntimeTwoThreads() => Parallel.For(0, 2, TwoWays, _ => Runtime(Spawns / 2));

    [Benchmark(Baseline = true, OperationsPerInvoke = Spawns), BenchmarkCategory("FactoryOptions")]
    public void FactoryOptionsOneThread() => FactoryOptions(Spawns);

    [Benchmark(OperationsPerInvoke = Spawns), BenchmarkCategory("FactoryOptions")]
    public void FactoryOptionsTwoThreads() => Parallel.For(0, 2, TwoWays, _ => FactoryOptions(Spawns / 2));

    private static readonly ParallelOptions TwoWays = new() { MaxDegreeOfParallelism = 2 };

    private void BareJint(int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var engine = new Engine(Support.BareJint.Options);
            engine.Evaluate(_script);
        }
    }

    // An engine on the factory's shared options without a JsRuntime: separates Jint-with-these-options from Hatchery.
    private void FactoryOptions(int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var engine = new Engine(_factory.JintOptions);
            engine.Evaluate(_script);
        }
    }

    private void Runtime(int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var runtime = _factory.NewRuntime();
            runtime.Evaluate(_script);
        }
    }
}
