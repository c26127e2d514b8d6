using Xunit.Abstractions;

namespace Hatchery.Tests.Performance;

/// <summary>
/// Target 6 of the spawn-performance issue: 100,000 spawn-run-dispose cycles leave the managed heap, after a
/// full collection, within 5% of where it started. A memory check, not a timing: it is deterministic enough
/// to be a test.
/// </summary>
[Collection(nameof(HeapReturnTests))]
public class HeapReturnTests(ITestOutputHelper output)
{
    [Fact]
    public void SpawnRunDisposeCyclesReturnTheHeapToWhereItStarted()
    {
        using var tree = TestHost.Files(
            ("lib.js", "const helper = require('./helper'); module.exports = (n) => helper.double(n) + 1"),
            ("helper.js", "exports.double = (n) => n * 2"));
        var factory = EngineFactory.Create(o => o.UseBaseDirectory(tree.Root).UseConsole(new NullOutput()));

        void Cycle(int i)
        {
            using var runtime = factory.NewRuntime();
            runtime.Evaluate("const f = require('./lib'); console.log(f(" + (i % 10) + ")); setImmediate(() => {}); [1, 2, 3].map(x => ({ x }))");
            runtime.RunEventLoop();
        }

        // Warm up so that caches, JIT and Jint's static tables reach their steady state first.
        for (var i = 0; i < 2_000; i++) Cycle(i);
        var before = HeapAfterFullCollection();
        for (var i = 0; i < 100_000; i++) Cycle(i);
        var after = HeapAfterFullCollection();

        var growth = (double)(after - before) / before;
        output.WriteLine($"heap after warm-up {before:N0} B, after 100,000 cycles {after:N0} B ({growth:P2})");
        Assert.True(growth < 0.05, $"heap grew from {before:N0} to {after:N0} bytes ({growth:P1})");
    }

    private static long HeapAfterFullCollection()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private sealed class NullOutput : Hatchery.Builtins.Console.IConsoleOutput
    {
        public void WriteOut(string text)
        {
        }

        public void WriteError(string text)
        {
        }
    }
}

/// <summary>Runs the heap measurement alone: tests running beside it would allocate into the same heap.</summary>
[CollectionDefinition(nameof(HeapReturnTests), DisableParallelization = true)]
public sealed class HeapReturnCollection
{
}
