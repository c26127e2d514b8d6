using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Hatchery.Benchmarks.Support;
using Jint;
using Jint.Native;
using Jint.Native.Json;

namespace Hatchery.Benchmarks;

/// <summary>
/// Tiny, medium and large payloads crossing the boundary both ways, by direct conversion and by the JSON
/// route. Baselines are Jint's direct conversions of a payload crossing for the first time; the JSON rows'
/// ratios say when a string is the cheaper bridge. Note: <c>FromObject</c> of a dictionary wraps it (values
/// are converted when JS reads them), while the JSON route builds a full JS copy; the rows measure the
/// hand-over, not a consumer reading every field.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class PayloadSweepBenchmark
{
    private JsRuntime _runtime = null!;
    private Engine _engine = null!;
    private Engine _freshCrossing = null!;
    private Dictionary<string, object?> _hostPayload = null!;
    private JsValue _jsPayload = null!;

    [Params(PayloadSize.Tiny, PayloadSize.Medium, PayloadSize.Large)]
    public PayloadSize Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _runtime = JsRuntime.Open(o => o.UseConsole(NullConsoleOutput.Instance));
        _engine = _runtime.Engine;
        _freshCrossing = FreshCrossingEngine.Create();
        _hostPayload = Payloads.Create(Size);
        _jsPayload = new JsonParser(_engine).Parse(System.Text.Json.JsonSerializer.Serialize(_hostPayload));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _runtime.Dispose();
        _freshCrossing.Dispose();
    }

    /// <summary>A first crossing: a new wrapper each time (see <see cref="FreshCrossingEngine"/>).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("ToJs")]
    public JsValue ToJsFromObject() => JsValue.FromObject(_freshCrossing, _hostPayload);

    /// <summary>The same object crossing again: Jint's default options hand back the cached wrapper.</summary>
    [Benchmark, BenchmarkCategory("ToJs")]
    public JsValue ToJsFromObjectRepeated() => JsValue.FromObject(_engine, _hostPayload);

    /// <summary>System.Text.Json to a string, then Jint's JSON parser: a deep JS copy.</summary>
    [Benchmark, BenchmarkCategory("ToJs")]
    public JsValue ToJsViaJson() => new JsonParser(_engine).Parse(System.Text.Json.JsonSerializer.Serialize(_hostPayload));

    [Benchmark(Baseline = true), BenchmarkCategory("ToClr")]
    public object? ToClrToObject() => _jsPayload.ToObject();

    /// <summary>Jint's JSON serializer to a string, then System.Text.Json's DOM.</summary>
    [Benchmark, BenchmarkCategory("ToClr")]
    public JsonNode? ToClrViaJson() => JsonNode.Parse(new JsonSerializer(_engine).Serialize(_jsPayload).AsString());
}
