using Acornima.Ast;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Hatchery.Benchmarks.Support;
using Jint;

namespace Hatchery.Benchmarks;

/// <summary>Spawn plus a small script: what a request-per-runtime host pays for each request.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuntimeSpawnAndExecuteBenchmark
{
    private EngineFactory _factory = null!;
    private Prepared<Script> _small;
    private Prepared<Script> _consoleAndRequire;
    private Prepared<Script> _consoleAndRequireWithout;

    [GlobalSetup]
    public void Setup()
    {
        _factory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance));
        _small = Scripts.Prepare(Scripts.Small);
        _consoleAndRequire = Scripts.Prepare(Scripts.ConsoleAndRequire);
        _consoleAndRequireWithout = Scripts.Prepare(Scripts.ConsoleAndRequireWithout);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("small script")]
    public object BareJintPrepared()
    {
        using var engine = new Engine(BareJint.Options);
        return engine.Evaluate(_small);
    }

    /// <summary>Includes parsing the source each time, as a host passing strings would.</summary>
    [Benchmark]
    [BenchmarkCategory("small script")]
    public object RuntimeSource()
    {
        using var runtime = _factory.NewRuntime();
        return runtime.Evaluate(Scripts.Small);
    }

    [Benchmark]
    [BenchmarkCategory("small script")]
    public object RuntimePrepared()
    {
        using var runtime = _factory.NewRuntime();
        return runtime.Evaluate(_small);
    }

    /// <summary>Target 2's baseline: bare Jint running the same script with console and require taken out.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("console + native module")]
    public object BareJintPreparedWithout()
    {
        using var engine = new Engine(BareJint.Options);
        return engine.Evaluate(_consoleAndRequireWithout);
    }

    /// <summary>First touch of console (to a null output) and of a native module's loader.</summary>
    [Benchmark]
    [BenchmarkCategory("console + native module")]
    public object RuntimeConsoleAndRequire()
    {
        using var runtime = _factory.NewRuntime();
        return runtime.Evaluate(_consoleAndRequire);
    }

    // Call-logging variants go here once CallLog exists.
}
