namespace Hatchery.Tests;

/// <summary>
/// A pool's reset: what one use leaves behind that the next must not see, what it is documented to keep, renting from
/// many threads at once, and the runtimes it discards rather than hands out again.
/// </summary>
public sealed class RuntimePoolTests : IDisposable
{
    private readonly TempTree _files = TestHost.Files(
        ("state.js", "module.exports = { uses: 0 };"),
        ("counter.js", "const state = require('./state'); state.uses++; module.exports = state.uses;"));

    public void Dispose() => _files.Dispose();

    private RuntimePool Pool(int capacity = 1, Action<EngineOptions>? configure = null) =>
        EngineFactory.Create(o =>
        {
            o.UseConsole(new CapturedOutput()).UseBaseDirectory(_files.Root).UseEnvironment(new Dictionary<string, string> { ["REGION"] = "eu" });
            configure?.Invoke(o);
        }).CreatePool(capacity);

    private static string Use(RuntimePool pool, string code) => pool.Run(runtime => runtime.Evaluate(code).ToString());

    [Fact]
    public void TheSameRuntimeIsRentedAgainAfterItIsReturned()
    {
        using var pool = Pool();
        JsRuntime first, second;
        using (var lease = pool.Rent()) first = lease.Runtime;
        using (var lease = pool.Rent()) second = lease.Runtime;
        Assert.Same(first, second);
        Assert.Equal(1, pool.IdleCount);
    }

    [Fact]
    public void GlobalBindingsOfOneUseAreGoneInTheNext()
    {
        using var pool = Pool();
        Assert.Equal("set", Use(pool, "var leaked = 1; let alsoLeaked = 2; globalThis.assigned = 3; class Leak {} 'set'"));
        Assert.Equal("undefined undefined undefined undefined", Use(pool,
            "[typeof leaked, typeof alsoLeaked, typeof assigned, typeof Leak].join(' ')"));
    }

    [Fact]
    public void ModulesAreEvaluatedAfreshInEachUse()
    {
        using var pool = Pool();
        Assert.Equal("1", Use(pool, "String(require('./counter'))"));
        Assert.Equal("1 1", Use(pool, "[require('./counter'), Object.keys(require.cache).length - 1].join(' ')"));
    }

    [Fact]
    public void ProcessStateIsBackToItsStart()
    {
        using var pool = Pool();
        Assert.Equal("changed", Use(pool, """
            process.env.REGION = 'us'; process.env.EXTRA = 'x'; process.exitCode = 3; process.argv.push('--flag');
            process.on('exit', () => {}); process.on('custom', () => {}); process.chdir('..'); 'changed'
            """));
        Assert.Equal("eu undefined undefined 1 0 0", Use(pool,
            "[process.env.REGION, process.env.EXTRA, process.exitCode, process.argv.length, process.listenerCount('exit'), process.listenerCount('custom')].map(String).join(' ')"));
        Assert.Equal(_files.Root, Use(pool, "process.cwd()"));
    }

    [Fact]
    public void PendingTimersTicksAndPromiseJobsAreDropped()
    {
        using var pool = Pool();
        var output = new CapturedOutput();
        using var runtimes = EngineFactory.Create(o => o.UseConsole(output)).CreatePool(1);
        runtimes.Run(runtime => runtime.Evaluate("setTimeout(() => console.log('timer'), 0); setImmediate(() => console.log('immediate')); 1"));
        runtimes.Run(runtime =>
        {
            runtime.RunEventLoop();
            return runtime.Evaluate("console.log('second use'); 1");
        });
        Assert.Equal("second use\n", output.Out);
    }

    [Fact]
    public void ConsoleStateStartsAgain()
    {
        var output = new CapturedOutput();
        using var pool = EngineFactory.Create(o => o.UseConsole(output)).CreatePool(1);
        pool.Run(runtime => runtime.Evaluate("console.count(); console.count(); console.group(); 1"));
        pool.Run(runtime => runtime.Evaluate("console.count(); console.log('flush left'); 1"));
        Assert.Equal("default: 1\ndefault: 2\ndefault: 1\nflush left\n", output.Out);
    }

    [Fact]
    public void WhatAResetDoesNotUndoIsKept()
    {
        // Documented in RuntimePool and docs/embedding.md: a pool is not an isolation boundary.
        using var pool = Pool();
        Use(pool, "Array.prototype.leakedMethod = () => 'seen'; require('path').leakedExport = 1; Symbol.for('leaked.key'); 1");
        Assert.Equal("seen 1 true", Use(pool,
            "[[].leakedMethod(), require('path').leakedExport, Symbol.keyFor(Symbol.for('leaked.key')) === 'leaked.key'].join(' ')"));
    }

    [Fact]
    public void ARuntimeStoppedByALimitIsDiscarded()
    {
        using var pool = Pool(configure: o => o.LimitTime(TimeSpan.FromMilliseconds(200)));
        JsRuntime stopped;
        using (var lease = pool.Rent())
        {
            stopped = lease.Runtime;
            Assert.Throws<ScriptLimitException>(() => stopped.Evaluate("for (;;) {}"));
        }
        Assert.Equal(1, pool.DiscardedCount);
        Assert.Equal(0, pool.IdleCount);
        using var next = pool.Rent();
        Assert.NotSame(stopped, next.Runtime);
        Assert.Equal("2", next.Runtime.Evaluate("String(1 + 1)").ToString());
    }

    [Fact]
    public void ARuntimeDisposedByTheRenterIsDiscarded()
    {
        using var pool = Pool();
        using (var lease = pool.Rent()) lease.Runtime.Dispose();
        Assert.Equal(1, pool.DiscardedCount);
        Assert.Equal("ok", Use(pool, "'ok'"));
    }

    [Fact]
    public void AScriptErrorDoesNotCostTheRuntime()
    {
        using var pool = Pool();
        JsRuntime first;
        using (var lease = pool.Rent())
        {
            first = lease.Runtime;
            Assert.Throws<ScriptException>(() => first.Evaluate("var half = 1; throw new Error('boom')"));
        }
        using var again = pool.Rent();
        Assert.Same(first, again.Runtime);
        Assert.Equal("undefined", again.Runtime.Evaluate("typeof half").ToString());
    }

    [Fact]
    public void ALeaseReturnsOnceAndItsRuntimeIsThenOutOfReach()
    {
        using var pool = Pool(capacity: 2);
        var lease = pool.Rent();
        lease.Dispose();
        lease.Dispose();
        Assert.Equal(1, pool.IdleCount);
        Assert.Throws<ObjectDisposedException>(() => lease.Runtime);
    }

    [Fact]
    public void ThePoolKeepsAtMostItsCapacityIdle()
    {
        using var pool = Pool(capacity: 2);
        var leases = Enumerable.Range(0, 4).Select(_ => pool.Rent()).ToList();
        Assert.Equal(4, leases.Select(l => l.Runtime).Distinct().Count());
        foreach (var lease in leases) lease.Dispose();
        Assert.Equal(2, pool.IdleCount);
    }

    [Fact]
    public void ManyThreadsRentAtOnceAndNeverShareAUse()
    {
        using var pool = Pool(capacity: 4);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var seen = pool.Run(runtime => runtime.Evaluate($"const before = typeof globalThis.owner; globalThis.owner = {i}; process.env.OWNER = '{i}'; before + ' ' + require('./counter') + ' ' + globalThis.owner + ' ' + process.env.OWNER").ToString());
            if (seen != $"undefined 1 {i} {i}") failures.Add($"{i}: {seen}");
        });
        Assert.Empty(failures);
        Assert.InRange(pool.IdleCount, 1, 4);
    }

    [Fact]
    public void ADisposedPoolRefusesToRentAndDisposesWhatComesBack()
    {
        var pool = Pool();
        var lease = pool.Rent();
        var runtime = lease.Runtime;
        pool.Dispose();
        Assert.Throws<ObjectDisposedException>(() => pool.Rent());
        lease.Dispose();
        Assert.Throws<ObjectDisposedException>(() => runtime.Evaluate("1"));
    }
}
