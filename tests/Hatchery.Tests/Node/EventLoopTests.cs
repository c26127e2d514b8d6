namespace Hatchery.Tests.Node;

public class EventLoopTests
{
    private static string Run(string script)
    {
        using var tree = TestHost.Files(("main.js", script));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(tree.Root));
        using (runtime)
        {
            Assert.Equal(0, runtime.RunMain("main.js"));
            Assert.Equal("", output.Error);
            return output.Out;
        }
    }

    [Fact]
    public void NextTickRunsBeforePromiseJobsAndBothBeforeTimers()
    {
        // Expected output produced by Node.js 20 for the same script.
        var output = Run("""
            setTimeout(() => console.log('timeout'), 0);
            Promise.resolve().then(() => { console.log('promise 1'); process.nextTick(() => console.log('tick from promise')); })
              .then(() => console.log('promise 2'));
            process.nextTick(() => { console.log('tick 1'); Promise.resolve().then(() => console.log('promise from tick')); });
            process.nextTick(() => console.log('tick 2'));
            queueMicrotask(() => console.log('microtask'));
            console.log('sync');
            """);
        Assert.Equal("sync\ntick 1\ntick 2\npromise 1\nmicrotask\npromise from tick\npromise 2\ntick from promise\ntimeout\n", output);
    }

    [Fact]
    public void TimersFireInDeadlineOrderAndImmediatesAfterTimersOfTheSameTurn()
    {
        // The busy wait makes every timer due before the loop starts, so the order depends on no clock race.
        var output = Run("""
            setTimeout(() => console.log('t30'), 30);
            setTimeout(() => console.log('t10'), 10);
            setTimeout(() => {
              console.log('t20');
              setImmediate(() => console.log('immediate after t20'));
              setTimeout(() => console.log('t0 from t20'), 0);
              process.nextTick(() => console.log('tick after t20'));
            }, 20);
            const start = Date.now();
            while (Date.now() - start < 60) {}
            """);
        Assert.Equal("t10\nt20\ntick after t20\nt30\nimmediate after t20\nt0 from t20\n", output);
    }

    [Fact]
    public void IntervalsRepeatUntilClearedAndUnrefdTimersDoNotKeepTheLoopAlive()
    {
        var output = Run("""
            let n = 0;
            const interval = setInterval(() => { n++; console.log('tick', n); if (n === 3) clearInterval(interval); }, 1);
            setTimeout(() => console.log('never printed'), 100000).unref();
            const t = setTimeout(() => console.log('cleared'), 5);
            clearTimeout(t);
            const byId = setTimeout(() => console.log('cleared by id'), 5);
            clearTimeout(+byId);
            console.log(typeof interval.ref, interval.hasRef(), setImmediate(() => {}).hasRef());
            """);
        Assert.Equal("function true true\ntick 1\ntick 2\ntick 3\n", output);
    }

    [Fact]
    public void AsyncFunctionsAndAwaitInterleaveWithTimers()
    {
        var output = Run("""
            const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
            async function main() {
              console.log('start');
              await sleep(5);
              console.log('after sleep');
              const values = await Promise.all([1, sleep(1).then(() => 2)]);
              console.log('values', values.join(','));
              for await (const v of (async function* () { yield 'a'; await sleep(1); yield 'b'; })()) console.log('got', v);
            }
            main().then(() => console.log('done'));
            """);
        Assert.Equal("start\nafter sleep\nvalues 1,2\ngot a\ngot b\ndone\n", output);
    }

    [Fact]
    public void TimerCallbacksReceiveExtraArgumentsAndRefreshReschedules()
    {
        var output = Run("""
            setTimeout((a, b) => console.log('args', a, b), 1, 'x', 'y');
            setImmediate((v) => console.log('immediate arg', v), 7);
            let fired = 0;
            const t = setTimeout(() => { fired++; console.log('refreshed timer fired', fired); }, 20);
            setTimeout(() => t.refresh(), 10);
            """);
        // Which of a 1 ms timer and an immediate runs first depends on how long the loop took to start, in Node too.
        var lines = output.Split('\n');
        Assert.Equal(["args x y", "immediate arg 7"], lines[..2].Order());
        Assert.Equal("refreshed timer fired 1\n", string.Join('\n', lines[2..]));
    }
}
