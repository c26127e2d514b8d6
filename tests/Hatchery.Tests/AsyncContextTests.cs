using Jint.Native;

namespace Hatchery.Tests;

/// <summary>
/// What the fixtures cannot show about AsyncLocalStorage's context: that a runtime without a storage carries nothing,
/// that runtimes do not share it, and that a pool's reset clears it.
/// </summary>
public sealed class AsyncContextTests
{
    private static EngineFactory Factory() => EngineFactory.Create(o => o.UseConsole(new CapturedOutput()));

    [Fact]
    public void A_runtime_that_creates_no_storage_carries_no_context()
    {
        using var runtime = Factory().NewRuntime();
        runtime.Evaluate("""
            require('async_hooks');
            setTimeout(() => Promise.resolve().then(() => process.nextTick(() => {})), 1);
            (async () => { await null; })();
            """);
        runtime.RunEventLoop();
        Assert.Null(runtime.AsyncContext);
        runtime.Evaluate("new (require('async_hooks').AsyncLocalStorage)()");
        Assert.Same(JsValue.Undefined, runtime.AsyncContext);
    }

    [Fact]
    public void Runtimes_of_one_factory_do_not_see_each_others_stores()
    {
        var factory = Factory();
        using var first = factory.NewRuntime();
        using var second = factory.NewRuntime();
        const string Setup = """
            const { AsyncLocalStorage } = require('async_hooks');
            globalThis.als = new AsyncLocalStorage();
            globalThis.seen = [];
            """;
        first.Evaluate(Setup);
        second.Evaluate(Setup);
        first.Evaluate("als.run('first', () => setTimeout(() => Promise.resolve().then(() => seen.push(als.getStore())), 1))");
        second.Evaluate("als.run('second', () => Promise.resolve().then(() => seen.push(als.getStore())))");
        first.RunEventLoop();
        second.RunEventLoop();
        Assert.Equal("first", first.Evaluate("seen.join()").AsString());
        Assert.Equal("second", second.Evaluate("seen.join()").AsString());
    }

    [Fact]
    public void A_pooled_runtime_starts_each_use_without_a_store()
    {
        using var pool = Factory().CreatePool(1);
        JsRuntime used;
        using (var lease = pool.Rent())
        {
            used = lease.Runtime;
            used.Evaluate("new (require('async_hooks').AsyncLocalStorage)().enterWith('left behind')");
            Assert.IsNotType<JsUndefined>(used.AsyncContext);
        }
        using (var lease = pool.Rent())
        {
            Assert.Same(used, lease.Runtime);
            Assert.Same(JsValue.Undefined, lease.Runtime.AsyncContext);
        }
    }
}
