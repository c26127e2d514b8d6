namespace Hatchery.Tests;

/// <summary>
/// What the worker_threads fixtures cannot show: a worker's thread really ends when it is terminated, when its parent's
/// limit stops the parent and when the parent is disposed, and a worker inherits its parent's limits. Bounds are
/// generous: they tell "stopped" from "ran on".
/// </summary>
public sealed class WorkerThreadTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private const string EndlessWorker = """
        const { Worker } = require('worker_threads');
        globalThis.worker = new Worker('for (;;) {}', { eval: true });
        """;

    [Fact]
    public void TerminateStopsAnEndlessLoopAndItsThreadEnds()
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate(EndlessWorker + """
                worker.on('online', () => setTimeout(async () => console.log('terminated', await worker.terminate()), 50));
                worker.on('exit', (code) => console.log('exit', code));
                """);
            var thread = Assert.Single(runtime.RunningWorkers).WorkerThread;
            runtime.RunEventLoop();
            Assert.True(thread.Join(Generous), "the worker's thread still runs");
            Assert.Equal("exit 1\nterminated 1\n", output.Out);
            Assert.Empty(runtime.RunningWorkers);
        }
    }

    [Fact]
    public void AParentStoppedByItsTimeLimitStopsItsWorker()
    {
        var (runtime, _) = TestHost.Open(o => o.LimitTime(TimeSpan.FromMilliseconds(300)));
        using (runtime)
        {
            // The worker's own limit is what the parent had left, so either may notice first: the thread ends either way.
            var error = Assert.Throws<ScriptLimitException>(() => runtime.Evaluate(EndlessWorker + "for (;;) {}"));
            Assert.Equal(ScriptLimit.Time, error.Limit);
            var thread = Assert.Single(runtime.RunningWorkers).WorkerThread;
            Assert.True(thread.Join(Generous), "the worker's thread still runs");
        }
    }

    [Fact]
    public void CancellingTheParentStopsItsWorkerAtOnce()
    {
        using var cancel = new CancellationTokenSource();
        var output = new CapturedOutput();
        using var runtime = EngineFactory.Create().NewRuntime(o => o.UseConsole(output).UseCancellation(cancel.Token));
        runtime.Evaluate(EndlessWorker);
        var thread = Assert.Single(runtime.RunningWorkers).WorkerThread;
        cancel.Cancel();
        Assert.True(thread.Join(Generous), "the worker's thread still runs");
    }

    [Fact]
    public void DisposingTheParentEndsItsWorkersThreadsBeforeItReturns()
    {
        var (runtime, _) = TestHost.Open();
        runtime.Evaluate(EndlessWorker + """
            globalThis.nested = new Worker(`
              const { Worker } = require('worker_threads');
              new Worker('for (;;) {}', { eval: true });
              for (;;) {}
            `, { eval: true });
            """);
        var threads = runtime.RunningWorkers.Select(w => w.WorkerThread).ToArray();
        Assert.Equal(2, threads.Length);
        runtime.Dispose();
        Assert.All(threads, thread => Assert.False(thread.IsAlive));
    }

    [Fact]
    public void AWorkerHasItsParentsStatementLimitAndReportsReachingIt()
    {
        var (runtime, output) = TestHost.Open(o => o.LimitStatements(100_000));
        using (runtime)
        {
            Assert.Equal(0, runtime.RunEval("""
                const { Worker } = require('worker_threads');
                new Worker('for (;;) {}', { eval: true }).on('exit', (code) => console.log('exit', code));
                """));
            Assert.Equal($"exit {ScriptLimitException.ExitCodeOf(ScriptLimit.Statements)}\n", output.Out);
            Assert.StartsWith("Error: Statement limit exceeded", output.Error);
        }
    }

    [Fact]
    public void AWorkerOfTheUntrustedPresetIsNotAvailable()
    {
        var (runtime, _) = TestHost.Open(o => o.UsePreset(TrustPreset.Untrusted));
        using (runtime)
        {
            var error = Assert.Throws<ScriptException>(() => runtime.Evaluate("require('worker_threads')"));
            Assert.Contains("worker_threads", error.ErrorMessage);
        }
    }
}
