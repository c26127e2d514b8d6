using Hatchery.Benchmarks.Support;
using Jint;

namespace Hatchery.Benchmarks;

/// <summary>
/// Fixed-iteration loops for instruction counting under <c>valgrind --tool=callgrind</c>, a noise-free A/B gate
/// (see docs/perf.md): <c>--drive NAME COUNT</c>. Each loop does only the operation, no timing.
/// </summary>
public static class Drivers
{
    public static int Run(string name, int count)
    {
        var factory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance));
        var limited = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance)
            .LimitTime(TimeSpan.FromSeconds(5)).UseCancellation(SpawnCancellation.Token));
        var bareOptions = BareJint.Options;
        var modules = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance)
            .UseSourceLoader(Hatchery.Modules.SourceLoader.FromDictionary(RequireLoadingBenchmark.Files)).UseBaseDirectory(RequireLoadingBenchmark.Root));
        var without = Scripts.Prepare(Scripts.ConsoleAndRequireWithout);
        var with = Scripts.Prepare(Scripts.ConsoleAndRequire);
        var small = Scripts.Prepare(Scripts.SmallWithoutObjectLiteral);
        var fib = Scripts.Prepare("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) } fib(16)");
        Action operation = name switch
        {
            "bare" => () => new Engine(bareOptions).Dispose(),
            "spawn" => () => factory.NewRuntime().Dispose(),
            // RuntimeSpawnBenchmark.FactoryNewRuntimeWithOptions: console, time limit and token of the runtime's own.
            "spawn-options" => () => factory.NewRuntime(static o => o.UseConsole(NullConsoleOutput.Instance)
                .LimitTime(TimeSpan.FromSeconds(5)).UseCancellation(SpawnCancellation.Token)).Dispose(),
            // The per-runtime options mechanism alone: a console of the runtime's own, no limits.
            "spawn-options-console" => () => factory.NewRuntime(static o => o.UseConsole(NullConsoleOutput.Instance)).Dispose(),
            // The same limits as spawn-options, set on the factory: what a runtime with that time limit and token costs anyway.
            "spawn-factory-limits" => () => limited.NewRuntime().Dispose(),
            "bare-without" => () =>
            {
                using var engine = new Engine(bareOptions);
                engine.Evaluate(without);
            }
            ,
            "spawn-console-path" => () =>
            {
                using var runtime = factory.NewRuntime();
                runtime.Evaluate(with);
            }
            ,
            "spawn-run" => () =>
            {
                using var runtime = factory.NewRuntime();
                runtime.Evaluate(small);
            }
            ,
            // The same in a runtime with a time limit and token, which installs the guards limits need at the first run.
            "spawn-run-limited" => () =>
            {
                using var runtime = limited.NewRuntime();
                runtime.Evaluate(small);
            }
            ,
            // Script-to-script calls, the path Jint's stack guard probes on every entry.
            "recursion" => () =>
            {
                using var runtime = factory.NewRuntime();
                runtime.Evaluate(fib);
            }
            ,
            "cold-require" => () =>
            {
                using var runtime = modules.NewRuntime();
                runtime.Require("./a.js");
            }
            ,
            "native-call" => NativeCalls(),
            // The same with a call log: every call encoded, queued and inserted (the writer's thread is counted too).
            "native-call-logged" => NativeCalls(CallLogPath("native-call")),
            "spawn-logged" => SpawnLogged(),
            // RequestCostBenchmark.Pooled, for one of PerRequestScriptBenchmark's modules: "pooled:./handler.js".
            _ when name.StartsWith("pooled:", StringComparison.Ordinal) => Pooled(name["pooled:".Length..]),
            // PerRequestScriptBenchmark's rows: a fresh runtime requiring one of its modules, "fresh:./env.js".
            _ when name.StartsWith("fresh:", StringComparison.Ordinal) => Fresh(name["fresh:".Length..]),
            // The same, then the event loop run to completion (timers, ticks): "fresh-loop:./timeout.js".
            _ when name.StartsWith("fresh-loop:", StringComparison.Ordinal) => Fresh(name["fresh-loop:".Length..], runLoop: true),
            _ => throw new ArgumentException($"unknown driver '{name}' (bare, spawn, spawn-options, spawn-options-console, spawn-factory-limits, spawn-logged, pooled:MODULE, fresh:MODULE, fresh-loop:MODULE, bare-without, spawn-console-path, spawn-run, spawn-run-limited, recursion, cold-require, native-call, native-call-logged)"),
        };
        // With DRIVE_ALLOC set, the bytes each operation allocates after the first (exact, unlike a sampling profile).
        if (count > 0) operation();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 1; i < count; i++) operation();
        if (Environment.GetEnvironmentVariable("DRIVE_ALLOC") is not null)
        {
            Console.WriteLine($"{name}: {(GC.GetAllocatedBytesForCurrentThread() - allocated) / Math.Max(1, count - 1)} bytes allocated per operation");
        }
        // Logged drivers end with every entry committed, so the writer's work is in the count.
        _loggedRuntime?.Dispose();
        Hatchery.CallLog.CallLogWriter.FlushAll(TimeSpan.FromMinutes(10));
        Console.WriteLine($"{name}: {count} operations");
        return 0;
    }

    private static readonly CancellationTokenSource SpawnCancellation = new();

    private static JsRuntime? _loggedRuntime;

    private static string CallLogPath(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hatchery-drive-{name}-{Environment.ProcessId}.db");
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        return path;
    }

    private static EngineFactory RequestFactory() => EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance)
        .UseSourceLoader(Hatchery.Modules.SourceLoader.FromDictionary(PerRequestScriptBenchmark.Files))
        .UseBaseDirectory(PerRequestScriptBenchmark.Root));

    private static Action Pooled(string module)
    {
        var pool = RequestFactory().CreatePool(1);
        return () => pool.Run(runtime => runtime.Require(module));
    }

    private static Action Fresh(string module, bool runLoop = false)
    {
        var factory = RequestFactory();
        return () =>
        {
            using var runtime = factory.NewRuntime();
            runtime.Require(module);
            if (runLoop) runtime.RunEventLoop();
        };
    }

    private static Action SpawnLogged()
    {
        var factory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance).UseCallLog(CallLogPath("spawn")));
        return () => factory.NewRuntime().Dispose();
    }

    // JsCallingHostBenchmark's NativeModuleExport row: one operation is a JS loop of 1000 calls to a native export.
    private static Action NativeCalls(string? callLog = null)
    {
        var runtime = EngineFactory.Create(o =>
        {
            o.UseConsole(NullConsoleOutput.Instance).AddNativeModule(new HostMathModule());
            if (callLog is not null) o.UseCallLog(callLog);
        }).NewRuntime();
        if (callLog is not null) _loggedRuntime = runtime;
        var loop = runtime.Evaluate($"(function () {{ const {{ add }} = require('{HostMathModule.ModuleName}'); let s = 0; for (let i = 0; i < 1000; i++) s = add(s, 1); return s; }})");
        return () => runtime.Engine.Call(loop);
    }
}
