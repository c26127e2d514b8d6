using BenchmarkDotNet.Attributes;
using Hatchery.Benchmarks.Support;
using Jint.Native;

namespace Hatchery.Benchmarks;

/// <summary>
/// A JavaScript loop of <see cref="Calls"/> calls to a native export in a runtime without and with a call log; one row
/// is the cost of one call. With the log on, the writer keeps up or the queue makes the runtime wait, so the logged row
/// is the sustained cost (target: at most 1 µs added per call, 100,000 logged calls a second).
/// </summary>
[MemoryDiagnoser]
public class CallLogBenchmark
{
    private const int Calls = 1000;
    private const string Loop = "(function () { const { add } = require('" + HostMathModule.ModuleName + "'); let s = 0; for (let i = 0; i < 1000; i++) s = add(s, 1); return s; })";

    private JsRuntime _plain = null!;
    private JsRuntime _logged = null!;
    private JsValue _plainLoop = null!;
    private JsValue _loggedLoop = null!;
    private string _callLog = null!;

    [GlobalSetup]
    public void Setup()
    {
        _callLog = Path.Combine(Path.GetTempPath(), $"hatchery-bench-calls-{Environment.ProcessId}.db");
        _plain = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance).AddNativeModule(new HostMathModule())).NewRuntime();
        _logged = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance).AddNativeModule(new HostMathModule()).UseCallLog(_callLog)).NewRuntime();
        _plainLoop = _plain.Evaluate(Loop);
        _loggedLoop = _logged.Evaluate(Loop);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _plain.Dispose();
        _logged.Dispose();
        foreach (var file in new[] { _callLog, _callLog + "-wal", _callLog + "-shm" }) File.Delete(file);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls)]
    public JsValue NativeCallLogOff() => _plain.Engine.Call(_plainLoop);

    [Benchmark(OperationsPerInvoke = Calls)]
    public JsValue NativeCallLogOn() => _logged.Engine.Call(_loggedLoop);
}
