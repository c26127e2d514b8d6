using BenchmarkDotNet.Attributes;
using Hatchery.Benchmarks.Support;
using Hatchery.Modules;

namespace Hatchery.Benchmarks;

/// <summary>
/// A per-request script in a fresh runtime: it requires a local module and <c>events</c>, uses <c>Buffer</c>,
/// <c>process.env</c>, a <c>URL</c> and <c>console.log</c> (to a null output). <c>Script</c> is the whole request;
/// the other rows touch one facility each, so their cost over <c>Nothing</c> is that built-in's first-touch cost
/// (docs/perf.md, "Where a per-request script's time goes").
/// </summary>
[MemoryDiagnoser]
public class PerRequestScriptBenchmark
{
    internal const string Root = "/request";

    internal static readonly Dictionary<string, string> Files = new()
    {
        [Root + "/handler.js"] = """
            const { EventEmitter } = require('events');
            const { format } = require('./format');
            const bus = new EventEmitter();
            let reply = '';
            bus.on('request', (url) => {
              const target = new URL(url);
              const body = Buffer.from(target.searchParams.get('q') || '', 'utf8');
              reply = format(target.pathname, body.toString('base64'), process.env.REGION || 'local');
              console.log(reply);
            });
            bus.emit('request', 'https://example.org/orders/42?q=hello');
            module.exports = reply;
            """,
        [Root + "/format.js"] = """
            exports.format = function (path, payload, region) { return `${region}:${path}:${payload}`; };
            """,
        [Root + "/nothing.js"] = "module.exports = 1;",
        [Root + "/local.js"] = "module.exports = require('./format').format('a', 'b', 'c');",
        [Root + "/events.js"] = "module.exports = new (require('events').EventEmitter)();",
        [Root + "/emit.js"] = "const E = require('events'); const e = new E(); let n = 0; e.on('x', (v) => { n += v; }); e.emit('x', 2); module.exports = n;",
        [Root + "/buffer.js"] = "module.exports = Buffer.from('hello', 'utf8').toString('base64');",
        [Root + "/env.js"] = "module.exports = process.env.REGION;",
        [Root + "/url.js"] = "module.exports = new URL('https://example.org/orders/42?q=hello').pathname;",
        [Root + "/console.js"] = "console.log('hello'); module.exports = 1;",
        [Root + "/buffer-load.js"] = "module.exports = typeof Buffer.from;",
        [Root + "/nexttick.js"] = "process.nextTick(() => {}); module.exports = 1;",
        [Root + "/timeout.js"] = "let fired = 0; setTimeout(() => { fired++; }, 0); module.exports = () => fired;",
        [Root + "/text-encoder.js"] = "module.exports = new TextEncoder().encode('hello').length;",
        [Root + "/util-format.js"] = "module.exports = require('util').format('%s:%d', 'a', 1);",
    };

    private EngineFactory _factory = null!;

    [GlobalSetup]
    public void Setup() => _factory = EngineFactory.Create(o => o
        .UseConsole(NullConsoleOutput.Instance)
        .UseSourceLoader(SourceLoader.FromDictionary(Files))
        .UseBaseDirectory(Root));

    /// <summary>A fresh runtime requiring a module that touches nothing: the floor.</summary>
    [Benchmark(Baseline = true)]
    public object? Nothing() => Run("./nothing.js");

    /// <summary>The whole per-request script.</summary>
    [Benchmark]
    public object? Script() => Run("./handler.js");

    [Benchmark]
    public object? LocalModule() => Run("./local.js");

    [Benchmark]
    public object? Events() => Run("./events.js");

    /// <summary>A first <c>new EventEmitter()</c>, <c>on</c> and <c>emit</c>.</summary>
    [Benchmark]
    public object? Emit() => Run("./emit.js");

    [Benchmark]
    public object? Buffer() => Run("./buffer.js");

    [Benchmark]
    public object? ProcessEnv() => Run("./env.js");

    [Benchmark]
    public object? Url() => Run("./url.js");

    [Benchmark]
    public object? ConsoleLog() => Run("./console.js");

    [Benchmark]
    public object? NextTick() => Run("./nexttick.js");

    /// <summary><c>process.nextTick</c> with its callback run: the event loop is run to completion.</summary>
    [Benchmark]
    public object? NextTickRun() => Run("./nexttick.js", runLoop: true);

    /// <summary><c>setTimeout(fn, 0)</c> with the event loop run until the timer fires.</summary>
    [Benchmark]
    public object? SetTimeoutRun() => Run("./timeout.js", runLoop: true);

    [Benchmark]
    public object? TextEncoder() => Run("./text-encoder.js");

    [Benchmark]
    public object? UtilFormat() => Run("./util-format.js");

    private object? Run(string module, bool runLoop = false)
    {
        using var runtime = _factory.NewRuntime();
        var exports = runtime.Require(module);
        if (runLoop) runtime.RunEventLoop();
        return exports;
    }
}
