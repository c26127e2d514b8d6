using Acornima.Ast;
using BenchmarkDotNet.Attributes;
using Hatchery.Benchmarks.Support;
using Jint;

namespace Hatchery.Benchmarks;

/// <summary>Spawn plus a small script: what a request-per-runtime host pays for each request.</summary>
[MemoryDiagnoser]
public class RuntimeSpawnAndExecuteBenchmark
{
    private EngineFactory _factory = null!;
    private Prepared<Script> _small;
    private Prepared<Script> _consoleAndRequire;

    [GlobalSetup]
    public void Setup()
    {
        _factory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance));
        _small = Scripts.Prepare(Scripts.Small);
        _consoleAndRequire = Scripts.Prepare(Scripts.ConsoleAndRequire);
    }

    [Benchmark(Baseline = true)]
    public object BareJintPrepared()
    {
        using var engine = new Engine(BareJint.Options);
        return engine.Evaluate(_small);
    }

    /// <summary>Includes parsing the source each time, as a host passing strings would.</summary>
    [Benchmark]
    public object RuntimeSource()
    {
        using var runtime = _factory.NewRuntime();
        return runtime.Evaluate(Scripts.Small);
    }

    [Benchmark]
    public object RuntimePrepared()
    {
        using var runtime = _factory.NewRuntime();
        return runtime.Evaluate(_small);
    }

    /// <summary>First touch of console (to a null output) and of a native module's loader.</summary>
    [Benchmark]
    public object RuntimeConsoleAndRequire()
    {
        using var runtime = _factory.NewRuntime();
        return runtime.Evaluate(_consoleAndRequire);
    }

    // Call-logging variants go here once CallLog exists.
}
