using BenchmarkDotNet.Attributes;
using Hatchery.Benchmarks.Support;
using Hatchery.Modules;
using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Benchmarks;

/// <summary>
/// Requiring a two-file module tree (a.js requires b.js), served from memory so no disk I/O blurs the
/// resolve/compile/run costs: cold in a fresh runtime with and without the factory's shared caches,
/// against a warm require in a reused runtime.
/// </summary>
[MemoryDiagnoser]
public class RequireLoadingBenchmark
{
    internal const string Root = "/bench-modules";
    private const string A = Root + "/a.js";
    private const string B = Root + "/b.js";

    internal static readonly Dictionary<string, string> Files = new()
    {
        [A] = """
              const b = require('./b');
              function greet(name) { return b.prefix + name; }
              module.exports = { greet, total: b.sum([1, 2, 3, 4]) };
              """,
        [B] = """
              exports.prefix = 'hello, ';
              exports.sum = function (values) { return values.reduce((acc, v) => acc + v, 0); };
              """,
    };

    private EngineFactory _cached = null!;
    private EngineFactory _uncached = null!;
    private JsRuntime _reused = null!;
    private ObjectInstance _reusedCache = null!;
    private readonly JsValue _keyA = new JsString(A);
    private readonly JsValue _keyB = new JsString(B);

    [GlobalSetup]
    public void Setup()
    {
        var loader = SourceLoader.FromDictionary(Files);
        _cached = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance).UseSourceLoader(loader).UseBaseDirectory(Root));
        _uncached = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance).UseSourceLoader(loader).UseBaseDirectory(Root).DisableCaches());

        // Warm the shared resolution and compiled-module caches the way real traffic would: one require.
        using (var warmup = _cached.NewRuntime()) warmup.Require("./a.js");

        _reused = _cached.NewRuntime();
        _reused.Require("./a.js");
        _reusedCache = _reused.Engine.GetValue("require").AsObject().Get("cache").AsObject();
        if (!_reusedCache.HasProperty(_keyA) || !_reusedCache.HasProperty(_keyB)) throw new InvalidOperationException("require.cache keys changed");
    }

    [GlobalCleanup]
    public void Cleanup() => _reused.Dispose();

    /// <summary>
    /// "Warm": both modules are dropped from <c>require.cache</c> and required again, so their bodies re-run
    /// while resolutions and compiled code come from the caches. A pure cache hit would be one dictionary
    /// lookup and would say nothing about what loading a module costs.
    /// </summary>
    [Benchmark(Baseline = true)]
    public JsValue WarmReusedRuntime()
    {
        _reusedCache.Delete(_keyA);
        _reusedCache.Delete(_keyB);
        return _reused.Require("./a.js");
    }

    /// <summary>A fresh runtime (spawn included) whose factory caches already hold both files.</summary>
    [Benchmark]
    public JsValue ColdFreshRuntimeCachedFactory()
    {
        using var runtime = _cached.NewRuntime();
        return runtime.Require("./a.js");
    }

    /// <summary>A fresh runtime that resolves and parses both files itself.</summary>
    [Benchmark]
    public JsValue ColdFreshRuntimeCachesDisabled()
    {
        using var runtime = _uncached.NewRuntime();
        return runtime.Require("./a.js");
    }

    // Call-logging variants go here once CallLog exists.
}
