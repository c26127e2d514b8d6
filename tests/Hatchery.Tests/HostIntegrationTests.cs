using Hatchery.NativeModules;
using Jint.Native;

namespace Hatchery.Tests;

public class HostIntegrationTests
{
    private sealed class SlowModule : NativeModule
    {
        public override string Name => "slow";

        public override string Summary => "Host work that takes a while.";

        public override string Documentation => "fetchNumber(n): resolves to n * 2 on a host thread once release() was called; fail(): rejects.";

        // Opened by the script's own timer, so the native task can only finish if timers ran while it was pending.
        private readonly SemaphoreSlim _released = new(0);

        public override void Load(NativeModuleContext context)
        {
            var runtime = context.Runtime;
            context.Function("fetchNumber", 1, (_, args) =>
            {
                var n = NativeArguments.Integer(context.Engine, args, 0, "n");
                var callingThread = Environment.CurrentManagedThreadId;
                var work = Task.Run(async () =>
                {
                    var released = await _released.WaitAsync(TimeSpan.FromMinutes(1));
                    return (released ? n * 2 : -2, OnOtherThread: Environment.CurrentManagedThreadId != callingThread);
                });
                return runtime.ToPromise(work, (_, r) => r.OnOtherThread ? r.Item1 : -1);
            });
            context.Function("release", 0, (_, _) =>
            {
                _released.Release();
                return JsValue.Undefined;
            });
            context.Function("fail", 0, (_, _) => runtime.ToPromise(Task.Run(() => throw new InvalidOperationException("disk on fire"))));
        }
    }

    [Fact]
    public void NativeTaskBecomesAPromiseSettledOnTheLoopWithoutBlockingTimers()
    {
        using var tree = TestHost.Files(("main.js", """
            const slow = require('slow');
            const ticks = [];
            let waiting = false;
            // Counts only ticks while the native task is pending; the third lets it finish.
            const interval = setInterval(() => { if (waiting && ticks.push('tick') === 3) slow.release(); }, 5);
            // Chained, so the order of the two lines depends on no race between host threads.
            slow.fail()
              .catch((e) => console.log('rejected:', e instanceof Error, e.message))
              .then(() => { waiting = true; return slow.fetchNumber(400); })
              .then((n) => {
                clearInterval(interval);
                console.log('result', n, 'timers ran while waiting:', ticks.length >= 3);
              });
            """));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(tree.Root).AddNativeModule(new SlowModule()));
        using (runtime)
        {
            Assert.Equal(0, runtime.RunMain("main.js"));
            Assert.Equal("", output.Error);
            Assert.Equal("rejected: true disk on fire\nresult 800 timers ran while waiting: true\n", output.Out);
        }
    }

    [Fact]
    public void WorkPostedFromAnotherThreadRunsOnTheLoop()
    {
        using var tree = TestHost.Files(("main.js", "globalThis.mainThread = threadId(); globalThis.received = []; const keepAlive = setInterval(() => { if (received.length === 3) { clearInterval(keepAlive); console.log(received.join(',')); } }, 1);"));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(tree.Root));
        using (runtime)
        {
            var loopThread = -1;
            var posterThread = -1;
            runtime.Engine.SetValue("threadId", new Func<int>(() => Environment.CurrentManagedThreadId));
            var poster = new Thread(() =>
            {
                posterThread = Environment.CurrentManagedThreadId;
                Thread.Sleep(20);
                var tasks = Enumerable.Range(1, 3).Select(i => runtime.Post(r =>
                {
                    loopThread = Environment.CurrentManagedThreadId;
                    r.Evaluate($"received.push({i})");
                })).ToArray();
                Task.WaitAll(tasks);
            });
            poster.Start();
            Assert.Equal(0, runtime.RunMain("main.js"));
            poster.Join();
            Assert.Equal("1,2,3\n", output.Out);
            // RunMain drives the loop on its script thread: posted work runs there, never on the poster's thread.
            Assert.Equal((int)runtime.Evaluate("mainThread").AsNumber(), loopThread);
            Assert.NotEqual(posterThread, loopThread);
        }
    }

    [Fact]
    public void AHostFailureInPostedWorkReachesThePosterNotTheScript()
    {
        using var tree = TestHost.Files(("main.js", "setTimeout(() => console.log('script finished'), 50)"));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(tree.Root));
        using (runtime)
        {
            var posted = runtime.Post(_ => throw new InvalidOperationException("host bug"));
            Assert.Equal(0, runtime.RunMain("main.js"));
            Assert.Equal("script finished\n", output.Out);
            var error = Assert.Throws<AggregateException>(() => posted.Wait());
            Assert.IsType<InvalidOperationException>(error.InnerException);
        }
    }
}
