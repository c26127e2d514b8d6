using System.Runtime.CompilerServices;
using Acornima.Ast;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Hatchery.Benchmarks.Support;
using Jint;

namespace Hatchery.Benchmarks;

/// <summary>
/// Spawn throughput (target 5): <see cref="Spawns"/> × (spawn + small script + dispose) on one long-lived worker
/// thread, and the same number split over two. Perfect scaling shows as a two-thread ratio of 0.5 (time per spawn
/// halves); two threads at 1.7× one thread's throughput is a ratio of 0.59.
/// <list type="bullet">
/// <item><c>Allocation</c> is the machine's ceiling: plain .NET allocation of about what a spawn allocates, no
/// engine. No engine can scale better than its own allocations do.</item>
/// <item><c>WeakTable</c> is the mechanism behind the object-literal rows in isolation: a new
/// <see cref="ConditionalWeakTable{TKey,TValue}"/> with one entry, which is what a fresh Jint engine creates for its
/// first object literal.</item>
/// <item><c>BareJint</c> and <c>Runtime</c> run <see cref="Scripts.Small"/>, which builds an object literal;
/// the <c>…WithoutObjectLiteral</c> rows return an array instead, which separates Jint's per-engine hidden-class
/// table from the rest of the spawn path.</item>
/// </list>
/// Every row runs under the workstation collector (.NET's default) and the server collector (ASP.NET Core's
/// default, the one .NET provides for multi-threaded throughput). docs/perf.md has the analysis.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByJob)]
[CategoriesColumn]
[Config(typeof(GcModes))]
public class ConcurrencyBenchmark
{
    // Large enough that a batch takes milliseconds, so waking the workers is noise; even, so two threads split it.
    private const int Spawns = 2048;

    // About a spawn-and-run's allocation (13 KB) in objects of a typical engine object's size (48 B).
    private const int ControlObjects = 280;

    private EngineFactory _factory = null!;
    private Prepared<Script> _small;
    private Prepared<Script> _smallWithoutObjectLiteral;
    private WorkerGang _oneWorker = null!;
    private WorkerGang _twoWorkers = null!;

    /// <summary>The default job under each collector (a smoke run keeps its own single job).</summary>
    public sealed class GcModes : ManualConfig
    {
        public GcModes()
        {
            if (BenchmarkConfig.IsSmokeRun)
            {
                UnionRule = ConfigUnionRule.AlwaysUseGlobal;
                return;
            }
            AddJob(Job.Default.WithId("Workstation"));
            AddJob(Job.Default.WithGcServer(true).WithId("ServerGC"));
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _factory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance));
        _small = Scripts.Prepare(Scripts.Small);
        _smallWithoutObjectLiteral = Scripts.Prepare(Scripts.SmallWithoutObjectLiteral);
        _oneWorker = new WorkerGang(1);
        _twoWorkers = new WorkerGang(2);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _oneWorker.Dispose();
        _twoWorkers.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Spawns), BenchmarkCategory("Allocation")]
    public void AllocationOneThread() => _oneWorker.RunOnEach(() => Allocate(Spawns));

    [Benchmark(OperationsPerInvoke = Spawns), BenchmarkCategory("Allocation")]
    public void AllocationTwoThreads() => _twoWorkers.RunOnEach(() => Allocate(Spawns / 2));

    [Benchmark(Baseline = true, OperationsPerInvoke = Spawns), BenchmarkCategory("WeakTable")]
    public void WeakTableOneThread() => _oneWorker.RunOnEach(() => CreateWeakTables(Spawns));

    [Benchmark(OperationsPerInvoke = Spawns), BenchmarkCategory("WeakTable")]
    public void WeakTableTwoThreads() => _twoWorkers.RunOnEach(() => CreateWeakTables(Spawns / 2));

    [Benchmark(Baseline = true, OperationsPerInvoke = Spawns), BenchmarkCategory("BareJint")]
    public void BareJintOneThread() => _oneWorker.RunOnEach(() => BareJint(Spawns, _small));

    [Benchmark(OperationsPerInvoke = Spawns), BenchmarkCategory("BareJint")]
    public void BareJintTwoThreads() => _twoWorkers.RunOnEach(() => BareJint(Spawns / 2, _small));

    [Benchmark(Baseline = true, OperationsPerInvoke = Spawns), BenchmarkCategory("Runtime")]
    public void RuntimeOneThread() => _oneWorker.RunOnEach(() => Runtime(Spawns, _small));

    [Benchmark(OperationsPerInvoke = Spawns), BenchmarkCategory("Runtime")]
    public void RuntimeTwoThreads() => _twoWorkers.RunOnEach(() => Runtime(Spawns / 2, _small));

    [Benchmark(Baseline = true, OperationsPerInvoke = Spawns), BenchmarkCategory("BareJintWithoutObjectLiteral")]
    public void BareJintWithoutObjectLiteralOneThread() => _oneWorker.RunOnEach(() => BareJint(Spawns, _smallWithoutObjectLiteral));

    [Benchmark(OperationsPerInvoke = Spawns), BenchmarkCategory("BareJintWithoutObjectLiteral")]
    public void BareJintWithoutObjectLiteralTwoThreads() => _twoWorkers.RunOnEach(() => BareJint(Spawns / 2, _smallWithoutObjectLiteral));

    [Benchmark(Baseline = true, OperationsPerInvoke = Spawns), BenchmarkCategory("RuntimeWithoutObjectLiteral")]
    public void RuntimeWithoutObjectLiteralOneThread() => _oneWorker.RunOnEach(() => Runtime(Spawns, _smallWithoutObjectLiteral));

    [Benchmark(OperationsPerInvoke = Spawns), BenchmarkCategory("RuntimeWithoutObjectLiteral")]
    public void RuntimeWithoutObjectLiteralTwoThreads() => _twoWorkers.RunOnEach(() => Runtime(Spawns / 2, _smallWithoutObjectLiteral));

    // Kept reachable until the next allocation so the JIT cannot drop the allocations.
    [ThreadStatic] private static object? _lastAllocated;

    private static void Allocate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < ControlObjects; j++) _lastAllocated = new object[3];
        }
    }

    // What a fresh Jint engine does on its first object literal (Engine.GetShapeRoot): a new table, one entry.
    private static void CreateWeakTables(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var table = new ConditionalWeakTable<object, object>();
            table.Add(new object(), new object());
            _lastAllocated = table;
        }
    }

    private static void BareJint(int count, Prepared<Script> script)
    {
        for (var i = 0; i < count; i++)
        {
            using var engine = new Engine(Support.BareJint.Options);
            engine.Evaluate(script);
        }
    }

    private void Runtime(int count, Prepared<Script> script)
    {
        for (var i = 0; i < count; i++)
        {
            using var runtime = _factory.NewRuntime();
            runtime.Evaluate(script);
        }
    }
}
