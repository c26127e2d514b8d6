using Hatchery.NativeModules;
using Jint.Native;

namespace Hatchery.Tests;

public class AsyncApiTests
{
    [Fact]
    public async Task EvaluateAsyncDrivesTimersUntilThePromiseSettles()
    {
        await using var runtime = JsRuntime.Open();
        var value = await runtime.EvaluateAsync("new Promise((resolve) => setTimeout(() => resolve(42), 20))");
        Assert.Equal(42, value.AsNumber());
        Assert.Equal("plain", (await runtime.EvaluateAsync("'plain'")).AsString());
    }

    [Fact]
    public async Task ARejectionBecomesAScriptException()
    {
        await using var runtime = JsRuntime.Open();
        var error = await Assert.ThrowsAsync<ScriptException>(() =>
            runtime.EvaluateAsync("(async () => { await null; throw new TypeError('bad input') })()", "job.js"));
        Assert.Equal("TypeError", error.ErrorName);
        Assert.Equal("bad input", error.ErrorMessage);
        Assert.Contains("job.js:1:", error.JsStack);
    }

    [Fact]
    public async Task ANeverSettlingPromiseWithNothingPendingFailsAtOnce()
    {
        await using var runtime = JsRuntime.Open();
        var started = DateTime.UtcNow;
        var error = await Assert.ThrowsAsync<ScriptException>(() => runtime.EvaluateAsync("new Promise(() => {})"));
        Assert.Contains("never settled", error.ErrorMessage);
        // "At once" here means no waiting on a timer or a timeout; the bound is loose for a loaded CI machine.
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task CallAsyncSettlesTheFunctionsPromise()
    {
        await using var runtime = JsRuntime.Open();
        var twice = runtime.Evaluate("async (n) => { await new Promise((r) => setTimeout(r, 5)); return n * 2 }");
        Assert.Equal(14, (await runtime.CallAsync(twice, [7])).AsNumber());
    }

    [Fact]
    public async Task WaitingForATimerDoesNotHoldAThread()
    {
        await using var runtime = JsRuntime.Open();
        var pending = runtime.EvaluateAsync("new Promise((resolve) => setTimeout(() => resolve('late'), 1500))");
        // The call returns at the first wait instead of blocking until the timer fires.
        Assert.False(pending.IsCompleted);
        Assert.Equal("late", (await pending).AsString());
    }

    [Fact]
    public async Task CancellationWhileWaitingIsAScriptLimitException()
    {
        await using var runtime = JsRuntime.Open();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var error = await Assert.ThrowsAsync<ScriptLimitException>(() =>
            runtime.EvaluateAsync("new Promise((resolve) => setTimeout(resolve, 60000))", cancellationToken: cancellation.Token));
        Assert.Equal(ScriptLimit.Cancelled, error.Limit);
    }

    [Fact]
    public async Task RunMainAsyncReturnsTheExitCodeAfterTimersAndHostWork()
    {
        using var tree = TestHost.Files(("main.js", """
            setTimeout(() => { console.log('timer'); process.exitCode = 5 }, 10);
            require('later').wait(20).then((v) => console.log('host', v));
            """));
        var output = new CapturedOutput();
        await using var runtime = JsRuntime.Open(o => o.UseBaseDirectory(tree.Root).UseConsole(output).AddNativeModule(new LaterModule()));
        Assert.Equal(5, await runtime.RunMainAsync("main.js", []));
        Assert.Equal("timer\nhost 40\n", output.Out);
    }

    [Fact]
    public async Task RunMainAsyncReportsAnUncaughtErrorWithExitCodeOne()
    {
        using var tree = TestHost.Files(("main.js", "setTimeout(() => { throw new Error('late failure') }, 1)"));
        var output = new CapturedOutput();
        await using var runtime = JsRuntime.Open(o => o.UseBaseDirectory(tree.Root).UseConsole(output));
        Assert.Equal(1, await runtime.RunMainAsync("main.js", []));
        Assert.Contains("Error: late failure", output.Error);
    }

    private sealed class LaterModule : NativeModule
    {
        public override string Name => "later";

        public override string Summary => "Host work.";

        public override string Documentation => "wait(ms): resolves to ms * 2 after ms milliseconds.";

        public override void Load(NativeModuleContext context)
        {
            var runtime = context.Runtime;
            context.Function("wait", 1, (_, args) =>
            {
                var ms = NativeArguments.Integer(context.Engine, args, 0, "ms");
                return runtime.ToPromise(Task.Delay(ms).ContinueWith(_ => ms * 2), (_, v) => v);
            });
        }
    }
}
