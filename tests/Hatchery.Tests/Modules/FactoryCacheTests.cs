namespace Hatchery.Tests.Modules;

/// <summary>The factory's shared caches must never serve stale or foreign results.</summary>
public class FactoryCacheTests
{
    [Fact]
    public void AnEditedFileIsReloadedByNewRuntimes()
    {
        using var tree = TestHost.Files(("lib.js", "module.exports = 'first version'"));
        var factory = EngineFactory.Create(o => o.UseBaseDirectory(tree.Root).UseFileCheckInterval(TimeSpan.Zero));
        using (var runtime = factory.NewRuntime()) Assert.Equal("first version", runtime.Require("./lib").AsString());

        tree.Write("lib.js", "module.exports = 'second version, longer'");
        File.SetLastWriteTimeUtc(tree["lib.js"], DateTime.UtcNow.AddSeconds(5));
        using (var runtime = factory.NewRuntime()) Assert.Equal("second version, longer", runtime.Require("./lib").AsString());
    }

    [Fact]
    public void AnAddedFileChangesResolutionAndADeletedOneStopsResolving()
    {
        using var tree = TestHost.Files(("dep/index.js", "module.exports = 'directory index'"));
        var factory = EngineFactory.Create(o => o.UseBaseDirectory(tree.Root).UseFileCheckInterval(TimeSpan.Zero));
        using (var runtime = factory.NewRuntime()) Assert.Equal("directory index", runtime.Require("./dep").AsString());

        tree.Write("dep.js", "module.exports = 'file wins'");
        using (var runtime = factory.NewRuntime()) Assert.Equal("file wins", runtime.Require("./dep").AsString());

        File.Delete(tree["dep.js"]);
        File.Delete(tree["dep/index.js"]);
        using (var runtime = factory.NewRuntime())
        {
            var error = Assert.Throws<ScriptException>(() => runtime.Require("./dep"));
            Assert.StartsWith("Cannot find module './dep'", error.ErrorMessage);
        }
    }

    [Fact]
    public void WithinTheCheckIntervalCachedCompilationsAreServedWithoutTouchingTheDisk()
    {
        var reads = 0;
        var factory = EngineFactory.Create(o => o
            .UseSourceLoader(path =>
            {
                if (path == "/app/lib.js") Interlocked.Increment(ref reads);
                return path == "/app/lib.js" ? "module.exports = 1" : null;
            })
            .UseBaseDirectory("/app")
            .UseFileCheckInterval(TimeSpan.FromHours(1)));
        using (var first = factory.NewRuntime()) first.Require("./lib");
        var readsByFirstRuntime = reads;
        for (var i = 0; i < 5; i++)
        {
            using var runtime = factory.NewRuntime();
            runtime.Require("./lib");
        }
        // Later runtimes hit the resolution and compilation caches: no further reads.
        Assert.True(readsByFirstRuntime > 0);
        Assert.Equal(readsByFirstRuntime, reads);
    }

    [Fact]
    public void TwoThreadsSpawningAndRequiringConcurrentlyGetCorrectIsolatedResults()
    {
        using var tree = TestHost.Files(
            ("counter.js", "let count = 0; module.exports = { next: () => ++count, who: require('./who') }"),
            ("who.js", "module.exports = 'shared module'"));
        var factory = EngineFactory.Create(o => o.UseBaseDirectory(tree.Root).UseConsole(new CapturedOutput()));
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 2).Select(t => new Thread(() =>
        {
            for (var i = 0; i < 300; i++)
            {
                using var runtime = factory.NewRuntime();
                var result = runtime.Evaluate($"globalThis.tag = {t}; const c = require('./counter'); c.next(); c.next(); [c.next(), c.who, globalThis.tag].join('|')").AsString();
                if (result != $"3|shared module|{t}") failures.Add(result);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(failures);
    }

    [Fact]
    public void TheCacheSizeCapHolds()
    {
        var files = Enumerable.Range(0, 200).ToDictionary(i => $"/app/m{i}.js", i => $"module.exports = {i}");
        var factory = EngineFactory.Create(o => o
            .UseSourceLoader(Hatchery.Modules.SourceLoader.FromDictionary(files))
            .UseBaseDirectory("/app")
            .UseCacheCapacity(50));
        using var runtime = factory.NewRuntime();
        for (var i = 0; i < 200; i++) Assert.Equal(i, runtime.Require($"./m{i}").AsNumber());
        Assert.InRange(factory.CompiledModules.Count, 1, 50);
        Assert.InRange(factory.Resolver.CachedResolutionCount, 1, 50);
        // Evicted entries are rebuilt on demand, correctly.
        using var second = factory.NewRuntime();
        Assert.Equal(7, second.Require("./m7").AsNumber());
    }

    [Fact]
    public void PrecompileWarmsTheCacheAndReportsBrokenFiles()
    {
        using var tree = TestHost.Files(("ok.js", "module.exports = 1"), ("broken.js", "module.exports = ;"));
        var factory = EngineFactory.Create(o => o.UseBaseDirectory(tree.Root));
        factory.Precompile(["ok.js"]);
        Assert.Equal(1, factory.CompiledModules.Count);
        var error = Assert.Throws<InvalidOperationException>(() => factory.Precompile(["broken.js"]));
        Assert.Contains("broken.js:1:", error.Message);
    }
}
