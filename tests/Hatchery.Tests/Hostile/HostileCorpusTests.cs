using System.Collections.Concurrent;

namespace Hatchery.Tests.Hostile;

/// <summary>
/// The hostile corpus run in-process: every case against one long-lived factory, each on a thread-pool thread as a
/// service would run it, so one process must survive them all. A case whose header gives limit options (<c>args:</c>)
/// runs with the same limits as the runtime's own options. The collection runs alone, so that
/// <see cref="CorpusMemory"/> can check, once every case has run, that the process's memory came back.
/// </summary>
[Collection(nameof(HostileCorpusCollection))]
[TestCaseOrderer("Hatchery.Tests.Hostile.MemoryCheckLast", "Hatchery.Tests")]
public sealed class HostileCorpusTests(HostileCorpusTests.CorpusMemory memory) : IClassFixture<HostileCorpusTests.CorpusMemory>
{
    private static readonly EngineFactory SharedFactory = EngineFactory.Create();

    public static TheoryData<string> Cases() => new(HostileCase.Ids());

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EndsAsItsHeaderSays(string id)
    {
        var hostile = HostileCase.Read(id);
        var output = new CapturedOutput();
        var exitCode = await Task.Run(() =>
        {
            using var runtime = SharedFactory.NewRuntime(o =>
            {
                o.UseConsole(output);
                if (hostile.Limit("--timeout") is { } ms) o.LimitTime(TimeSpan.FromMilliseconds(ms));
                if (hostile.Limit("--max-statements") is { } count) o.LimitStatements(checked((int)count));
                if (hostile.Limit("--memory-limit") is { } bytes) o.LimitMemory(bytes);
            });
            return runtime.RunMain(hostile.Path);
        });
        memory.Ran();
        hostile.AssertOutcome(exitCode, output.Out, output.Error);
    }

    [Fact]
    public void TheCorpusIsThere() => Assert.True(HostileCase.Ids().Count() >= 200, "tests/hostile lost its cases");

    /// <summary>Runs after every case (<see cref="MemoryCheckLast"/>): the process's memory came back near where it started.</summary>
    [Fact]
    public void MemoryComesBackAfterTheCorpus()
    {
        var (before, after, ran) = memory.Measure();
        Assert.True(ran >= 200, $"only {ran} cases ran before the memory check");
        Assert.True(after - before <= CorpusMemory.Bound,
            $"after {ran} hostile cases the managed heap stayed {(after - before) / 1048576} MB above its start ({before / 1048576} MB → {after / 1048576} MB), more than {CorpusMemory.Bound / 1048576} MB");
    }

    /// <summary>
    /// The process's managed heap before the first case and after the last: the cases allocate gigabytes between them
    /// (floods, memory limits, deep data), and all of it must be collectable once their runtimes are disposed.
    /// </summary>
    public sealed class CorpusMemory
    {
        /// <summary>How far the heap may stay above where it started: the factory's caches of the corpus's modules, the JIT's data.</summary>
        public const long Bound = 64L * 1024 * 1024;

        private readonly long _before = Settle();
        private int _ran;

        public void Ran() => Interlocked.Increment(ref _ran);

        public (long Before, long After, int Ran) Measure() => (_before, Settle(), _ran);

        private static long Settle()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return GC.GetTotalMemory(forceFullCollection: true);
        }
    }
}

/// <summary>The hostile corpus runs alone: its memory check must not count other tests' allocations.</summary>
[CollectionDefinition(nameof(HostileCorpusCollection), DisableParallelization = true)]
public sealed class HostileCorpusCollection;

/// <summary>Orders the corpus's cases as found and the memory check after them all.</summary>
public sealed class MemoryCheckLast : Xunit.Sdk.ITestCaseOrderer
{
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : Xunit.Abstractions.ITestCase =>
        testCases.OrderBy(c => c.TestMethod.Method.Name == nameof(HostileCorpusTests.MemoryComesBackAfterTheCorpus) ? 1 : 0);
}
