using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Hatchery.Benchmarks.Support;
using Jint;
using Jint.Native;

namespace Hatchery.Benchmarks;

/// <summary>
/// Single values of each common kind crossing the boundary. Within each direction the number is the
/// baseline, so ratios read as "how much dearer than the cheapest value". CLR→JS rows measure a first
/// crossing (<see cref="FreshCrossingEngine"/>); JS→CLR rows run on a runtime's engine.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ValueConversionBenchmark
{
    public sealed record Point(int X, int Y, string Label, bool Visible);

    private JsRuntime _runtime = null!;
    private Engine _freshCrossing = null!;
    private readonly object _number = 42.5;
    private readonly object _string = "hello, world";
    private readonly Point _poco = new(1, 2, "p", true);
    private readonly Dictionary<string, object?> _dictionary = Payloads.Create(PayloadSize.Tiny);
    private readonly int[] _array = Enumerable.Range(0, 16).ToArray();
    private JsValue _jsNumber = null!;
    private JsValue _jsString = null!;
    private JsValue _jsObject = null!;
    private JsValue _jsArray = null!;

    [GlobalSetup]
    public void Setup()
    {
        _runtime = JsRuntime.Open(o => o.UseConsole(NullConsoleOutput.Instance));
        _freshCrossing = FreshCrossingEngine.Create();
        _jsNumber = _runtime.Evaluate("42.5");
        _jsString = _runtime.Evaluate("'hello, ' + 'world'");
        _jsObject = _runtime.Evaluate("({ id: 1, name: 'item-1', active: false, score: 1.25 })");
        _jsArray = _runtime.Evaluate("Array.from({ length: 16 }, (_, i) => i)");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _runtime.Dispose();
        _freshCrossing.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("ToJs")]
    public JsValue NumberToJs() => JsValue.FromObject(_freshCrossing, _number);

    [Benchmark, BenchmarkCategory("ToJs")]
    public JsValue StringToJs() => JsValue.FromObject(_freshCrossing, _string);

    /// <summary>A record class: wrapped through Jint's reflection-based type resolver.</summary>
    [Benchmark, BenchmarkCategory("ToJs")]
    public JsValue PocoToJs() => JsValue.FromObject(_freshCrossing, _poco);

    [Benchmark, BenchmarkCategory("ToJs")]
    public JsValue DictionaryToJs() => JsValue.FromObject(_freshCrossing, _dictionary);

    [Benchmark, BenchmarkCategory("ToJs")]
    public JsValue ArrayToJs() => JsValue.FromObject(_freshCrossing, _array);

    [Benchmark(Baseline = true), BenchmarkCategory("ToClr")]
    public object NumberToClr() => _jsNumber.ToObject()!;

    [Benchmark, BenchmarkCategory("ToClr")]
    public object StringToClr() => _jsString.ToObject()!;

    [Benchmark, BenchmarkCategory("ToClr")]
    public object ObjectToClr() => _jsObject.ToObject()!;

    [Benchmark, BenchmarkCategory("ToClr")]
    public object ArrayToClr() => _jsArray.ToObject()!;
}
