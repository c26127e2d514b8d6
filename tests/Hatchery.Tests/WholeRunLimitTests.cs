using System.Diagnostics;

namespace Hatchery.Tests;

/// <summary>
/// The time and statement limits cover a whole host call, event loop and microtask drain included; a limit stops the
/// runtime for good and leaves the factory's other runtimes alone. Bounds on how fast a runaway stops are generous:
/// they tell "stopped" from "ran on", not fast from slow. Run alone: the memory limit reads the process's heap, which
/// tests running beside these would grow (a runtime that keeps nothing was stopped at 16.0 MB of others' growth).
/// </summary>
[Collection(nameof(WholeRunLimitCollection))]
public sealed class WholeRunLimitTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public void EvaluateStopsANextTickLoopAtItsTimeLimit()
    {
        using var runtime = JsRuntime.Open(o => o.LimitTime(TimeSpan.FromMilliseconds(200)));
        var watch = Stopwatch.StartNew();
        var error = Assert.Throws<ScriptLimitException>(() => runtime.Evaluate("(function again() { process.nextTick(again) })()"));
        Assert.Equal(ScriptLimit.Time, error.Limit);
        Assert.StartsWith("Time limit exceeded", error.Message);
        Assert.True(watch.Elapsed < Generous, $"took {watch.Elapsed}");
    }

    [Fact]
    public void StatementsAreCountedAcrossThePromiseJobsOfOneCall()
    {
        using var runtime = JsRuntime.Open(o => o.LimitStatements(10_000));
        var error = Assert.Throws<ScriptLimitException>(() => runtime.Evaluate("(function again() { let x = 1; Promise.resolve().then(again) })()"));
        Assert.Equal(ScriptLimit.Statements, error.Limit);
    }

    [Fact]
    public void RunMainStopsAnEndlessIntervalWithTheTimeLimitsExitCode()
    {
        using var tree = TestHost.Files(("main.js", "setInterval(() => {}, 0)"));
        var output = new CapturedOutput();
        using var runtime = JsRuntime.Open(o => o.UseBaseDirectory(tree.Root).UseConsole(output).LimitTime(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(ScriptLimitException.ExitCodeOf(ScriptLimit.Time), runtime.RunMain("main.js"));
        Assert.Contains("Error: Time limit exceeded", output.Error);
    }

    [Fact]
    public async Task RunMainAsyncStopsALongTimerAtTheDeadline()
    {
        using var tree = TestHost.Files(("main.js", "setTimeout(() => console.log('too late'), 2 ** 31 - 1)"));
        var output = new CapturedOutput();
        await using var runtime = JsRuntime.Open(o => o.UseBaseDirectory(tree.Root).UseConsole(output).LimitTime(TimeSpan.FromMilliseconds(300)));
        var run = runtime.RunMainAsync("main.js", []);
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(Generous)));
        Assert.Equal(124, await run);
        Assert.DoesNotContain("too late", output.Out);
    }

    [Fact]
    public void AStoppedRuntimeDropsItsWorkRefusesCallsAndStillDisposes()
    {
        var output = new CapturedOutput();
        var runtime = JsRuntime.Open(o => o.UseConsole(output).LimitStatements(1000));
        Assert.Throws<ScriptLimitException>(() => runtime.Evaluate("setTimeout(() => console.log('dropped'), 0); for (;;) {}"));
        Assert.Equal(ScriptLimit.Statements, runtime.StoppedBy);
        var stopped = Assert.Throws<RuntimeStoppedException>(() => runtime.RunEventLoop());
        Assert.Equal(ScriptLimit.Statements, stopped.Limit);
        Assert.Contains("statement limit", stopped.Message);
        Assert.Throws<RuntimeStoppedException>(() => runtime.Evaluate("1"));
        runtime.Dispose();
        Assert.Equal("", output.Out);
    }

    [Fact]
    public void ACatastrophicRegexIsStoppedByTheTimeLimitNotJintsTenSeconds()
    {
        // A second: long enough that the match surely starts before the deadline, on a loaded machine too.
        var factory = EngineFactory.Create(o => o.LimitTime(TimeSpan.FromSeconds(1)));
        Assert.Equal(TimeSpan.FromSeconds(1), factory.JintOptions.Constraints.RegexTimeout);
        using var runtime = factory.NewRuntime();
        var error = Assert.Throws<ScriptLimitException>(() => runtime.Evaluate("/(a+)+$/.test('a'.repeat(40) + 'b')"));
        Assert.Equal(ScriptLimit.Time, error.Limit);
        Assert.Contains("regular-expression", error.Message);
    }

    [Fact]
    public async Task OneRuntimesLimitLeavesItsSiblingsOnOtherThreadsRunning()
    {
        var factory = EngineFactory.Create();
        using var tree = TestHost.Files(
            ("spin.js", "setInterval(() => {}, 0)"),
            ("work.js", "let n = 0; const t = setInterval(() => { if (++n === 20) { clearInterval(t); console.log('done', n) } }, 5)"));
        var spinOutput = new CapturedOutput();
        var workOutput = new CapturedOutput();
        var spinning = Task.Run(() =>
        {
            using var runtime = factory.NewRuntime(o => o.UseBaseDirectory(tree.Root).UseConsole(spinOutput).LimitTime(TimeSpan.FromMilliseconds(300)));
            return runtime.RunMain("spin.js");
        });
        var working = Task.Run(() =>
        {
            using var runtime = factory.NewRuntime(o => o.UseBaseDirectory(tree.Root).UseConsole(workOutput));
            return runtime.RunMain("work.js");
        });
        var both = Task.WhenAll(spinning, working);
        Assert.Same(both, await Task.WhenAny(both, Task.Delay(Generous)));
        Assert.Equal(124, await spinning);
        Assert.Equal(0, await working);
        Assert.Equal("done 20\n", workOutput.Out);
        using var after = factory.NewRuntime();
        Assert.Equal(2, after.Evaluate("1 + 1").AsNumber());
    }

    [Fact]
    public void RequireRefusesAFifo()
    {
        using var tree = TestHost.Files(("main.js", ""));
        var fifo = Path.Combine(tree.Root, "pipe.js");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
        using var runtime = JsRuntime.Open(o => o.UseBaseDirectory(tree.Root));
        var error = Assert.Throws<ScriptException>(() => runtime.Require("./pipe.js"));
        Assert.Contains("not a regular file", error.ErrorMessage);
        Assert.Equal("ERR_REQUIRE_NOT_A_FILE", runtime.Evaluate("try { require('./pipe.js') } catch (e) { e.code }").AsString());
    }

    [Fact]
    public void LimitsThatWouldMeanNoLimitAreRefused()
    {
        var options = new EngineOptions();
        Assert.Throws<ArgumentOutOfRangeException>(() => options.LimitTime(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => options.LimitTime(TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => options.LimitStatements(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => options.LimitMemory(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => options.LimitMemory(long.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => options.LimitRecursion(0));
        // The largest values are real limits: Hatchery's own counters do not read MaxValue as "none".
        using var huge = JsRuntime.Open(o => o.LimitTime(TimeSpan.MaxValue).LimitStatements(int.MaxValue));
        Assert.Equal(3, huge.Evaluate("1 + 2").AsNumber());
        var factory = EngineFactory.Create();
        Assert.Throws<ArgumentOutOfRangeException>(() => factory.NewRuntime(o => o.LimitTime(TimeSpan.Zero)));
        Assert.Throws<ArgumentOutOfRangeException>(() => factory.NewRuntime(o => o.LimitStatements(-1)));
    }

    [Fact]
    public void MemoryLimitSpansHostCalls()
    {
        // Each Evaluate keeps 2 MB more; Jint's per-call measure never saw more than one call's 2 MB.
        using var runtime = EngineFactory.Create().NewRuntime(o => o.LimitMemory(16L * 1024 * 1024));
        runtime.Evaluate("globalThis.keep = [];");
        var limit = Assert.Throws<ScriptLimitException>(() =>
        {
            for (var i = 0; i < 100; i++) runtime.Evaluate("keep.push(new Array(250000).fill(1.5)); keep.length");
        });
        Assert.Equal(ScriptLimit.Memory, limit.Limit);
        Assert.StartsWith("Memory limit exceeded", limit.Message, StringComparison.Ordinal);
        Assert.Throws<RuntimeStoppedException>(() => runtime.Evaluate("1"));
    }

    [Fact]
    public void MemoryLimitIgnoresWhatIsNotKept()
    {
        // About 200 MB allocated in short-lived pieces under a 16 MB limit: nothing is kept, so nothing stops it.
        using var runtime = EngineFactory.Create().NewRuntime(o => o.LimitMemory(16L * 1024 * 1024));
        var total = runtime.Evaluate("let n = 0; for (let i = 0; i < 2000; i++) n += new Array(10000).fill(i).length; n");
        Assert.Equal(20_000_000, total.AsNumber());
    }

    [Fact]
    public void MemoryLimitOfOneRuntimeLeavesOthersAlone()
    {
        var factory = EngineFactory.Create();
        using var limited = factory.NewRuntime(o => o.LimitMemory(8L * 1024 * 1024));
        using var free = factory.NewRuntime();
        free.Evaluate("globalThis.big = new Array(2000000).fill(1.5);");
        Assert.Equal(3, limited.Evaluate("[1, 2, 3].length").AsNumber());
        Assert.Throws<ScriptLimitException>(() => limited.Evaluate("const k = []; for (;;) k.push(new Array(10000).fill(0));"));
        Assert.Equal(2000000, free.Evaluate("big.length").AsNumber());
        Assert.Throws<ArgumentOutOfRangeException>(() => factory.NewRuntime(o => o.LimitMemory(0)));
    }
}

/// <summary>Runs the whole-run limit tests apart from the others, whose allocations would count in the heap they read.</summary>
[CollectionDefinition(nameof(WholeRunLimitCollection), DisableParallelization = true)]
public sealed class WholeRunLimitCollection
{
}
