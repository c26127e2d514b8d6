namespace Hatchery.Tests;

public class RuntimeOptionsTests
{
    [Fact]
    public void EachRuntimeHasItsOwnConsoleEnvironmentArgumentsAndBaseDirectory()
    {
        using var one = TestHost.Files(("where.js", "module.exports = 'one'"));
        using var two = TestHost.Files(("where.js", "module.exports = 'two'"));
        var factoryOutput = new CapturedOutput();
        var factory = EngineFactory.Create(o => o.UseConsole(factoryOutput).UseBaseDirectory(one.Root).UseEnvironment(new Dictionary<string, string> { ["WHO"] = "factory" }));
        var ownOutput = new CapturedOutput();
        using var own = factory.NewRuntime(o => o
            .UseConsole(ownOutput)
            .UseEnvironment(new Dictionary<string, string> { ["WHO"] = "runtime" })
            .UseArguments("--flag", "value")
            .UseBaseDirectory(two.Root));
        using var plain = factory.NewRuntime();

        own.Evaluate("console.log(process.env.WHO, require('./where'), process.cwd() === " + System.Text.Json.JsonSerializer.Serialize(two.Root) + ", process.argv.slice(1).join(' '))");
        plain.Evaluate("console.log(process.env.WHO, require('./where'), process.argv.length)");
        Assert.Equal("runtime two true --flag value\n", ownOutput.Out);
        Assert.Equal("factory one 1\n", factoryOutput.Out);
    }

    [Fact]
    public void TimeAndStatementLimitsApplyToTheirRuntimeOnly()
    {
        var factory = EngineFactory.Create(o => o.UseConsole(new CapturedOutput()));
        using var timed = factory.NewRuntime(o => o.LimitTime(TimeSpan.FromMilliseconds(50)));
        using var counted = factory.NewRuntime(o => o.LimitStatements(100));
        using var free = factory.NewRuntime();
        Assert.Equal(ScriptLimit.Time, Assert.Throws<ScriptLimitException>(() => timed.Evaluate("for (;;) {}")).Limit);
        Assert.Equal(ScriptLimit.Statements, Assert.Throws<ScriptLimitException>(() => counted.Evaluate("for (let i = 0; i < 1000; i++) {}")).Limit);
        Assert.Equal(1000, free.Evaluate("let n = 0; for (let i = 0; i < 1000; i++) n++; n").AsNumber());
        // The time limit is per host call: the runtime's age does not count against a later call.
        using var patient = factory.NewRuntime(o => o.LimitTime(TimeSpan.FromMilliseconds(50)));
        Assert.Equal(3, patient.Evaluate("1 + 2").AsNumber());
        Thread.Sleep(100);
        Assert.Equal(3, patient.Evaluate("1 + 2").AsNumber());
    }

    [Fact]
    public void ARuntimesStatementLimitOverridesTheFactorysAndItsTimeLimitAddsToIt()
    {
        var factory = EngineFactory.Create(o => o.LimitStatements(50));
        using var roomy = factory.NewRuntime(o => o.LimitStatements(100_000));
        using var timedOnly = factory.NewRuntime(o => o.LimitTime(TimeSpan.FromSeconds(10)));
        Assert.Equal(1000, roomy.Evaluate("let n = 0; for (let i = 0; i < 1000; i++) n++; n").AsNumber());
        Assert.Equal(ScriptLimit.Statements, Assert.Throws<ScriptLimitException>(() => timedOnly.Evaluate("for (let i = 0; i < 1000; i++) {}")).Limit);
    }

    [Fact]
    public void CancellingOneRuntimesTokenStopsThatRuntimeOnly()
    {
        var factory = EngineFactory.Create();
        using var cancellation = new CancellationTokenSource();
        using var doomed = factory.NewRuntime(o => o.UseCancellation(cancellation.Token));
        cancellation.Cancel();
        using var later = factory.NewRuntime();
        using var laterWithToken = factory.NewRuntime(o => o.UseCancellation(new CancellationTokenSource().Token));
        Assert.Equal(ScriptLimit.Cancelled, Assert.Throws<ScriptLimitException>(() => doomed.Evaluate("for (;;) {}")).Limit);
        Assert.Equal(2, later.Evaluate("1 + 1").AsNumber());
        Assert.Equal(2, laterWithToken.Evaluate("let i = 0; while (i < 10000) i++; 2").AsNumber());
    }

    [Fact]
    public void TheFactorysTokenStillStopsARuntimeWithItsOwn()
    {
        using var shutdown = new CancellationTokenSource();
        var factory = EngineFactory.Create(o => o.UseCancellation(shutdown.Token));
        using var runtime = factory.NewRuntime(o => o.UseCancellation(new CancellationTokenSource().Token));
        shutdown.Cancel();
        Assert.Equal(ScriptLimit.Cancelled, Assert.Throws<ScriptLimitException>(() => runtime.Evaluate("for (;;) {}")).Limit);
    }

    [Fact]
    public void UptimeCountsFromTheRuntimesSpawnNotTheProcesss()
    {
        var factory = EngineFactory.Create();
        using var older = factory.NewRuntime();
        older.Evaluate("process.uptime()");
        Thread.Sleep(500);
        using var newer = factory.NewRuntime();
        var newerUptime = newer.Evaluate("process.uptime()").AsNumber();
        var olderUptime = older.Evaluate("process.uptime()").AsNumber();
        Assert.True(olderUptime - newerUptime >= 0.45, $"older {olderUptime}, newer {newerUptime}");
        Assert.True(newerUptime >= 0);
    }
}
