using BenchmarkDotNet.Attributes;
using Hatchery.Benchmarks.Support;
using Jint;
using Jint.Native;

namespace Hatchery.Benchmarks;

/// <summary>One call from C# into a small JavaScript function, as a host handling events would make.</summary>
[MemoryDiagnoser]
public class HostCallingJsBenchmark
{
    private const string Source = "(function add(a, b) { return a + b; })";

    private Engine _engine = null!;
    private JsRuntime _runtime = null!;
    private JsValue _bareFunction = null!;
    private JsValue _runtimeFunction = null!;
    private readonly JsValue[] _arguments = [JsNumber.Create(1), JsNumber.Create(2)];

    [GlobalSetup]
    public void Setup()
    {
        var factory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance));
        _engine = new Engine(BareJint.Options);
        _bareFunction = _engine.Evaluate(Source);
        _runtime = factory.NewRuntime();
        _runtimeFunction = _runtime.Evaluate(Source);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _runtime.Dispose();
        _engine.Dispose();
    }

    /// <summary>Jint's documented host-to-JS call, arguments as CLR objects (converted per call).</summary>
    [Benchmark(Baseline = true)]
    public JsValue EngineInvoke() => _engine.Invoke(_bareFunction, 1, 2);

    /// <summary>Jint's lower-level call with ready-made <see cref="JsValue"/> arguments.</summary>
    [Benchmark]
    public JsValue EngineCall() => _engine.Call(_bareFunction, _arguments);

    /// <summary>The runtime's call API: the same call plus error translation and a microtask drain.</summary>
    [Benchmark]
    public JsValue RuntimeCall() => _runtime.Call(_runtimeFunction, _arguments);

    // Call-logging variants go here once CallLog exists.
}
