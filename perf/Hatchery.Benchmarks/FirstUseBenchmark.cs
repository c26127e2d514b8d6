using Acornima.Ast;
using BenchmarkDotNet.Attributes;
using Hatchery.Benchmarks.Support;
using Jint;
using Jint.Native;

namespace Hatchery.Benchmarks;

/// <summary>
/// What a per-request script pays the first time it touches a facility built from Hatchery's scripted built-ins
/// (<c>process</c>, <c>events</c>, <c>Buffer</c>, <c>URL</c>): a fresh runtime plus one line, against a fresh
/// runtime running a line that touches nothing.
/// </summary>
[MemoryDiagnoser]
public class FirstUseBenchmark
{
    private EngineFactory _factory = null!;
    private Prepared<Script> _nothing;
    private Prepared<Script> _process;
    private Prepared<Script> _events;
    private Prepared<Script> _buffer;
    private Prepared<Script> _url;

    [GlobalSetup]
    public void Setup()
    {
        _factory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance));
        _nothing = Scripts.Prepare("1");
        _process = Scripts.Prepare("process.env.HOME");
        _events = Scripts.Prepare("require('events')");
        _buffer = Scripts.Prepare("Buffer.from('x')");
        _url = Scripts.Prepare("new URL('http://a/b').host");
    }

    [Benchmark(Baseline = true)]
    public JsValue Nothing() => Run(_nothing);

    [Benchmark]
    public JsValue Process() => Run(_process);

    [Benchmark]
    public JsValue Events() => Run(_events);

    [Benchmark]
    public JsValue Buffer() => Run(_buffer);

    [Benchmark]
    public JsValue Url() => Run(_url);

    private JsValue Run(Prepared<Script> script)
    {
        using var runtime = _factory.NewRuntime();
        return runtime.Evaluate(script);
    }
}
