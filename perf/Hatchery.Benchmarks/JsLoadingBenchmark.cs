using Acornima.Ast;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Hatchery.Benchmarks.Support;
using Jint;

namespace Hatchery.Benchmarks;

/// <summary>
/// Scripts of 32, 512 and 4096 generated lines: parse alone, parse-and-run in a fresh runtime, and run
/// prepared in a reused one. Each category has its own bare-Jint baseline, so every ratio compares like with like.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class JsLoadingBenchmark
{
    private EngineFactory _factory = null!;
    private string _source = "";
    private Prepared<Script> _prepared;
    private Engine _engine = null!;
    private JsRuntime _runtime = null!;

    [Params(32, 512, 4096)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _factory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance));
        _source = JsSourceGenerator.Generate(Lines);
        _prepared = Scripts.Prepare(_source, "generated.js");
        _engine = new Engine(BareJint.Options);
        _runtime = _factory.NewRuntime();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _runtime.Dispose();
        _engine.Dispose();
    }

    /// <summary>Jint's parser alone; the runtime parses through the same call, so this is the only Parse row.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Parse")]
    public Prepared<Script> Parse() => Engine.PrepareScript(_source, "generated.js");

    [Benchmark(Baseline = true), BenchmarkCategory("FreshSource")]
    public object BareJintFreshSource()
    {
        using var engine = new Engine(BareJint.Options);
        return engine.Evaluate(_source, "generated.js");
    }

    [Benchmark, BenchmarkCategory("FreshSource")]
    public object RuntimeFreshSource()
    {
        using var runtime = _factory.NewRuntime();
        return runtime.Evaluate(_source, "generated.js");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("ReusedPrepared")]
    public object BareJintReusedPrepared() => _engine.Evaluate(_prepared);

    [Benchmark, BenchmarkCategory("ReusedPrepared")]
    public object RuntimeReusedPrepared() => _runtime.Evaluate(_prepared);
}
