using Acornima.Ast;
using BenchmarkDotNet.Attributes;
using Hatchery.Benchmarks.Support;
using Hatchery.Modules;
using Jint;
using Microsoft.ClearScript.V8;

namespace Hatchery.Benchmarks;

/// <summary>
/// What a service pays per request for the realistic request script of issue 13 (<c>handler.js</c> of
/// <see cref="PerRequestScriptBenchmark"/>: <c>events</c>, a local module, <c>URL</c>, <c>Buffer</c>, <c>process.env</c>,
/// <c>console.log</c> to a null output): in a fresh runtime, in a pooled one (rent, run, return), against bare Jint running a
/// small prepared script (the baseline the targets are ratios of), and against the peer a user would pick instead, a fresh
/// V8 context on a shared ClearScript isolate running the same request logic with what V8 alone offers (a hand-written
/// emitter, URL split and base64, since V8 has no Node built-ins).
/// </summary>
[MemoryDiagnoser]
public class RequestCostBenchmark
{
    // The request's logic with nothing but the language: what a V8 context can run without Node's library.
    private const string PlainRequest = """
        (function () {
          const listeners = {};
          const bus = { on(n, f) { (listeners[n] = listeners[n] || []).push(f); }, emit(n, ...a) { for (const f of listeners[n] || []) f(...a); } };
          const format = (path, payload, region) => `${region}:${path}:${payload}`;
          const env = {};
          let reply = '';
          bus.on('request', (url) => {
            const [, , path, query] = /^(\w+:\/\/[^/?#]+)([^?#]*)\??([^#]*)/.exec(url);
            const q = decodeURIComponent((query.split('&').find(p => p.startsWith('q=')) || 'q=').slice(2));
            const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
            let base64 = '';
            for (let i = 0; i < q.length; i += 3) {
              const n = (q.charCodeAt(i) << 16) | ((q.charCodeAt(i + 1) || 0) << 8) | (q.charCodeAt(i + 2) || 0);
              base64 += chars[n >> 18 & 63] + chars[n >> 12 & 63] + (i + 1 < q.length ? chars[n >> 6 & 63] : '=') + (i + 2 < q.length ? chars[n & 63] : '=');
            }
            reply = format(path, base64, env.REGION || 'local');
          });
          bus.emit('request', 'https://example.org/orders/42?q=hello');
          return reply;
        })()
        """;

    private EngineFactory _factory = null!;
    private RuntimePool _pool = null!;
    private Prepared<Script> _small;
    private V8Runtime _isolate = null!;
    private V8Script _plainRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _factory = EngineFactory.Create(o => o
            .UseConsole(NullConsoleOutput.Instance)
            .UseSourceLoader(SourceLoader.FromDictionary(PerRequestScriptBenchmark.Files))
            .UseBaseDirectory(PerRequestScriptBenchmark.Root));
        _pool = _factory.CreatePool(4);
        _small = Scripts.Prepare(Scripts.Small);
        _isolate = new V8Runtime();
        _plainRequest = _isolate.Compile(PlainRequest);
        if (Fresh()?.ToString() != "local:/orders/42:aGVsbG8=" || Pooled()?.ToString() != "local:/orders/42:aGVsbG8="
            || ClearScriptV8Context() as string != "local:/orders/42:aGVsbG8=")
        {
            throw new InvalidOperationException("The request rows do not compute the same reply.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _pool.Dispose();
        _plainRequest.Dispose();
        _isolate.Dispose();
    }

    /// <summary>Bare Jint: a new engine running a small prepared script, the floor the targets are ratios of.</summary>
    [Benchmark(Baseline = true)]
    public object BareJintPrepared()
    {
        using var engine = new Engine(BareJint.Options);
        return engine.Evaluate(_small);
    }

    /// <summary>The realistic request in a fresh runtime.</summary>
    [Benchmark]
    public object? Fresh()
    {
        using var runtime = _factory.NewRuntime();
        return runtime.Require("./handler.js").ToString();
    }

    /// <summary>The realistic request in a pooled runtime: rent, run, return (and its reset).</summary>
    [Benchmark]
    public object? Pooled() => _pool.Run(static runtime => runtime.Require("./handler.js").ToString());

    /// <summary>The peer: a fresh V8 context on a shared isolate, running the request's logic compiled once.</summary>
    [Benchmark]
    public object ClearScriptV8Context()
    {
        using var engine = _isolate.CreateScriptEngine();
        return engine.Evaluate(_plainRequest);
    }
}
