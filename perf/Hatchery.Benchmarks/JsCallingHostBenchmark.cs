using BenchmarkDotNet.Attributes;
using Hatchery.Benchmarks.Support;
using Jint;
using Jint.Native;
using Jint.Runtime.Interop;

namespace Hatchery.Benchmarks;

/// <summary>
/// A JavaScript loop calling one C# method <see cref="Calls"/> times through each interop mechanism;
/// <c>OperationsPerInvoke</c> makes every row the cost of one call (the JS loop's own cost included).
/// </summary>
[MemoryDiagnoser]
public class JsCallingHostBenchmark
{
    private const int Calls = 1000;

    // The same loop for every JS variant; only where `add` comes from differs.
    private const string LoopBody = "let s = 0; for (let i = 0; i < 1000; i++) s = add(s, 1); return s;";

    private Engine _delegateEngine = null!;
    private Engine _clrFunctionEngine = null!;
    private Engine _jsFunctionEngine = null!;
    private JsRuntime _runtime = null!;
    private JsValue _delegateLoop = null!;
    private JsValue _clrFunctionLoop = null!;
    private JsValue _jsFunctionLoop = null!;
    private JsValue _nativeModuleLoop = null!;

    [GlobalSetup]
    public void Setup()
    {
        var factory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance).AddNativeModule(new HostMathModule()));
        var loop = $"(function () {{ {LoopBody} }})";

        _delegateEngine = new Engine(BareJint.Options);
        _delegateEngine.SetValue("add", new Func<double, double, double>(HostMath.Add));
        _delegateLoop = _delegateEngine.Evaluate(loop);

        _clrFunctionEngine = new Engine(BareJint.Options);
        _clrFunctionEngine.SetValue("add", new ClrFunction(_clrFunctionEngine, "add", HostMath.AddBody, 2));
        _clrFunctionLoop = _clrFunctionEngine.Evaluate(loop);

        _jsFunctionEngine = new Engine(BareJint.Options);
        _jsFunctionLoop = _jsFunctionEngine.Evaluate($"(function () {{ const add = (a, b) => a + b; {LoopBody} }})");

        _runtime = factory.NewRuntime();
        _nativeModuleLoop = _runtime.Evaluate($"(function () {{ const {{ add }} = require('{HostMathModule.ModuleName}'); {LoopBody} }})");

        if (Run(_delegateEngine, _delegateLoop) != Calls) throw new InvalidOperationException("delegate loop is broken");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _runtime.Dispose();
        _delegateEngine.Dispose();
        _clrFunctionEngine.Dispose();
        _jsFunctionEngine.Dispose();
    }

    /// <summary>The floor: a C# loop calling the method directly.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Calls)]
    public double DirectCSharp()
    {
        double s = 0;
        for (var i = 0; i < Calls; i++) s = HostMath.Add(s, 1);
        return s;
    }

    /// <summary>What the loop and a JS-to-JS call cost with no host boundary: the interpreter's own floor.</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public double JsFunction() => Run(_jsFunctionEngine, _jsFunctionLoop);

    /// <summary>Jint's reflection-based delegate interop (<c>SetValue("add", Func)</c>).</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public double SetValueDelegate() => Run(_delegateEngine, _delegateLoop);

    [Benchmark(OperationsPerInvoke = Calls)]
    public double HandBuiltClrFunction() => Run(_clrFunctionEngine, _clrFunctionLoop);

    /// <summary>The export of a registered <see cref="Hatchery.NativeModules.NativeModule"/>.</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public double NativeModuleExport() => Run(_runtime.Engine, _nativeModuleLoop);

    // Call-logging variants (native module with logging on, and off-but-bound) go here once CallLog exists.

    private static double Run(Engine engine, JsValue loop) => engine.Call(loop).AsNumber();
}
