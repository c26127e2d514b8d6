namespace Hatchery.Tests.Isolation;

/// <summary>
/// Two runtimes of one factory never see each other's changes: built-in prototypes and objects, globals, the module
/// cache and module-level state, built-in modules' exports, <c>process.env</c>, timers and native-module state (the
/// database module's connection). Proven with the runtimes one after the other on one thread, and alive at the same
/// time on two threads, the second observing while the first still holds its changes.
/// </summary>
public sealed class RuntimeIsolationTests : IDisposable
{
    private readonly TempTree _files = TestHost.Files(("counter.js", "let count = 0; exports.inc = () => ++count; exports.label = 'pristine';"));
    private readonly EngineFactory _factory;

    public RuntimeIsolationTests() => _factory = EngineFactory.Create(o => o.UseBaseDirectory(_files.Root));

    public void Dispose() => _files.Dispose();

    // Every change a script could make to what another runtime might share.
    private const string Mutate = """
        Object.prototype.polluted = 'yes';
        Array.prototype.push = function () { return 'hijacked'; };
        JSON.stringify = () => 'hijacked';
        Math.max = () => 'hijacked';
        String.prototype.trim = () => 'hijacked';
        globalThis.leaked = 'A';
        globalThis.console.log = () => {};
        const counter = require('./counter.js');
        for (let i = 0; i < 5; i++) counter.inc();
        counter.label = 'mutated';
        require.cache[require.resolve('./counter.js')].exports.extra = 'A';
        require('path').join = () => 'hijacked';
        require('util').inspect.defaultOptions.depth = 0;
        require('events').defaultMaxListeners = 1;
        process.env.HATCHERY_ISOLATION = 'A';
        process.exitCode = 7;
        Symbol.for('hatchery.isolation').description;
        globalThis.registry = Symbol.for('hatchery.isolation');
        setTimeout(() => { globalThis.timerRan = true; }, 0);
        require('database').configure('sqlite', ':memory:');
        require('database').query('CREATE TABLE t (x)');
        'mutated';
        """;

    // What a fresh runtime reports; each entry must be its pristine value.
    private const string Observe = """
        const counter = require('./counter.js');
        let database;
        try { require('database').query('SELECT 1'); database = 'configured'; } catch (e) { database = e.code; }
        const seen = {
          polluted: ({}).polluted === undefined,
          push: [].push(1) === 1,
          stringify: JSON.stringify([1]) === '[1]',
          max: Math.max(1, 2) === 2,
          trim: ' a '.trim() === 'a',
          leaked: typeof leaked === 'undefined',
          count: counter.inc() === 1,
          label: counter.label === 'pristine',
          extra: counter.extra === undefined,
          join: require('path').join('a', 'b') === 'a/b',
          inspectDepth: require('util').inspect.defaultOptions.depth === 2,
          maxListeners: require('events').defaultMaxListeners === 10,
          env: process.env.HATCHERY_ISOLATION === undefined,
          exitCode: process.exitCode === undefined,
          timer: globalThis.timerRan === undefined,
          database: database === 'ERR_DATABASE_NOT_CONFIGURED',
        };
        Object.entries(seen).filter(([, ok]) => !ok).map(([name]) => name).join(',');
        """;

    [Fact]
    public void OneAfterTheOtherOnOneThread()
    {
        using var first = _factory.NewRuntime();
        Assert.Equal("mutated", first.Evaluate(Mutate).AsString());
        using var second = _factory.NewRuntime();
        Assert.Equal("", second.Evaluate(Observe).AsString());
        // The first runtime's own changes are still there, its timer is its own.
        first.RunEventLoop();
        Assert.True(first.Evaluate("globalThis.timerRan === true && [].push(1) === 'hijacked'").AsBoolean());
        second.RunEventLoop();
        Assert.False(second.Evaluate("globalThis.timerRan === true").AsBoolean());
    }

    [Fact]
    public async Task AtTheSameTimeOnTwoThreads()
    {
        using var mutated = new SemaphoreSlim(0);
        using var observed = new SemaphoreSlim(0);
        var mutator = Task.Factory.StartNew(() =>
        {
            using var runtime = _factory.NewRuntime();
            var result = runtime.Evaluate(Mutate).AsString();
            mutated.Release();
            // Stay alive, changes in place, until the other thread has looked.
            Assert.True(observed.Wait(TimeSpan.FromSeconds(60)));
            runtime.RunEventLoop();
            return (result, runtime.Evaluate("globalThis.timerRan === true && ({}).polluted === 'yes'").AsBoolean());
        }, TaskCreationOptions.LongRunning);
        var observer = Task.Factory.StartNew(() =>
        {
            using var runtime = _factory.NewRuntime();
            Assert.True(mutated.Wait(TimeSpan.FromSeconds(60)));
            var seen = runtime.Evaluate(Observe).AsString();
            runtime.RunEventLoop();
            observed.Release();
            return seen;
        }, TaskCreationOptions.LongRunning);
        var (mutation, kept) = await mutator;
        Assert.Equal("mutated", mutation);
        Assert.True(kept);
        Assert.Equal("", await observer);
    }

    [Fact]
    public async Task ManyPairsAtOnce()
    {
        // Eight runtimes on four threads, each mutating then observing a fresh one: nothing crosses.
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var failures = new List<string>();
            for (var i = 0; i < 2; i++)
            {
                using var dirty = _factory.NewRuntime();
                dirty.Evaluate(Mutate);
                using var clean = _factory.NewRuntime();
                failures.Add(clean.Evaluate(Observe).AsString());
            }
            return string.Join(";", failures.Where(f => f.Length > 0));
        })));
        Assert.All(results, r => Assert.Equal("", r));
    }
}
