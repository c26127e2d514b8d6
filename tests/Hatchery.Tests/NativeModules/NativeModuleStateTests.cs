using Hatchery.NativeModules;
using Jint.Native;

namespace Hatchery.Tests.NativeModules;

public class NativeModuleStateTests
{
    // A module holding a real resource per runtime: a log file it opens on first require and closes on Dispose.
    private sealed class LogFileModule(string directory) : NativeModule
    {
        public readonly List<FileStream> Opened = [];

        public override string Name => "logfile";

        public override string Summary => "Appends lines to a file per runtime.";

        public override string Documentation => "write(line): appends line to this runtime's log file.";

        public override void Load(NativeModuleContext context)
        {
            var stream = new FileStream(Path.Combine(directory, $"log-{Opened.Count}.txt"), FileMode.Create, FileAccess.Write, FileShare.Read);
            Opened.Add(stream);
            context.OnDispose(stream.Dispose);
            context.Function("write", 1, (_, args) =>
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(NativeArguments.String(context.Engine, args, 0, "line") + "\n");
                stream.Write(bytes);
                return JsValue.Undefined;
            });
        }
    }

    private sealed class OrderModule(List<string> order) : NativeModule
    {
        public override string Name => "order";

        public override string Summary => "Records cleanup order.";

        public override string Documentation => "Registers three cleanups, the middle one failing.";

        public override void Load(NativeModuleContext context)
        {
            context.OnDispose(() => order.Add("first"));
            context.OnDispose(() =>
            {
                order.Add("second");
                throw new IOException("flush failed");
            });
            context.OnDispose(() => order.Add("third"));
        }
    }

    [Fact]
    public void EachRuntimeGetsItsOwnResourceAndDisposeClosesIt()
    {
        using var tree = TestHost.Files();
        var module = new LogFileModule(tree.Root);
        var factory = EngineFactory.Create(o => o.AddNativeModule(module));
        var first = factory.NewRuntime();
        var second = factory.NewRuntime();
        first.Evaluate("require('logfile').write('one')");
        second.Evaluate("require('logfile').write('two')");
        Assert.Equal(2, module.Opened.Count);
        Assert.All(module.Opened, s => Assert.True(s.CanWrite));

        first.Dispose();
        Assert.False(module.Opened[0].CanWrite);
        Assert.True(module.Opened[1].CanWrite);
        Assert.Equal("one\n", File.ReadAllText(tree["log-0.txt"]));
        second.Dispose();
        Assert.False(module.Opened[1].CanWrite);
    }

    [Fact]
    public void DisposeRunsEveryCleanupLastFirstAndThrowsTheirFailuresTogether()
    {
        var order = new List<string>();
        var runtime = JsRuntime.Open(o => o.AddNativeModule(new OrderModule(order)));
        runtime.Evaluate("require('order')");
        var error = Assert.Throws<AggregateException>(runtime.Dispose);
        Assert.Equal(["third", "second", "first"], order);
        Assert.Equal("flush failed", Assert.Single(error.InnerExceptions).Message);
        runtime.Dispose();
        Assert.Equal(3, order.Count);
    }

    [Fact]
    public void ARuntimeThatNeverRequiredTheModuleHasNothingToRelease()
    {
        var order = new List<string>();
        var runtime = JsRuntime.Open(o => o.AddNativeModule(new OrderModule(order)));
        runtime.Dispose();
        Assert.Empty(order);
    }
}
