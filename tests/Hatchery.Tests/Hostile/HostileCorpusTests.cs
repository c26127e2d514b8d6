using System.Collections.Concurrent;

namespace Hatchery.Tests.Hostile;

/// <summary>
/// The hostile corpus run in-process: every case against one long-lived factory, each on a thread-pool thread as a
/// service would run it, so one process must survive them all. A case whose header gives limit options (<c>args:</c>)
/// runs with the same limits: time and statements as the runtime's own options, a memory limit on a factory of its own.
/// </summary>
public sealed class HostileCorpusTests
{
    private static readonly EngineFactory SharedFactory = EngineFactory.Create();
    private static readonly ConcurrentDictionary<long, EngineFactory> MemoryLimitedFactories = new();

    public static TheoryData<string> Cases() => new(HostileCase.Ids());

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EndsAsItsHeaderSays(string id)
    {
        var hostile = HostileCase.Read(id);
        var output = new CapturedOutput();
        var factory = hostile.Limit("--memory-limit") is { } bytes
            ? MemoryLimitedFactories.GetOrAdd(bytes, static b => EngineFactory.Create(o => o.LimitMemory(b)))
            : SharedFactory;
        var exitCode = await Task.Run(() =>
        {
            using var runtime = factory.NewRuntime(o =>
            {
                o.UseConsole(output);
                if (hostile.Limit("--timeout") is { } ms) o.LimitTime(TimeSpan.FromMilliseconds(ms));
                if (hostile.Limit("--max-statements") is { } count) o.LimitStatements(checked((int)count));
            });
            return runtime.RunMain(hostile.Path);
        });
        hostile.AssertOutcome(exitCode, output.Out, output.Error);
    }

    [Fact]
    public void TheCorpusIsThere() => Assert.True(HostileCase.Ids().Count() >= 30, "tests/hostile lost its cases");
}
