using Acornima.Ast;
using BenchmarkDotNet.Attributes;
using Hatchery.Benchmarks.Support;
using Jint;

namespace Hatchery.Benchmarks;

/// <summary>
/// One request of a runtime-per-request host with and without a call log: spawn, a script that logs, requires a
/// native module and calls it, dispose. With the log on, that is the script's calls encoded and queued, the runtime's
/// row, and <c>Dispose</c> waiting for the writer to commit them.
/// </summary>
[MemoryDiagnoser]
public class CallLogRequestBenchmark
{
    private EngineFactory _plain = null!;
    private EngineFactory _logged = null!;
    private Prepared<Script> _script;
    private string _callLog = null!;

    [GlobalSetup]
    public void Setup()
    {
        _callLog = Path.Combine(Path.GetTempPath(), $"hatchery-bench-request-{Environment.ProcessId}.db");
        _plain = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance));
        _logged = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance).UseCallLog(_callLog));
        _script = Scripts.Prepare(Scripts.ConsoleAndRequire);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var file in new[] { _callLog, _callLog + "-wal", _callLog + "-shm" }) File.Delete(file);
    }

    [Benchmark(Baseline = true)]
    public object RequestLogOff()
    {
        using var runtime = _plain.NewRuntime();
        return runtime.Evaluate(_script);
    }

    [Benchmark]
    public object RequestLogOn()
    {
        using var runtime = _logged.NewRuntime();
        return runtime.Evaluate(_script);
    }
}
