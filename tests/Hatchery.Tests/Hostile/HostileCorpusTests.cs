namespace Hatchery.Tests.Hostile;

/// <summary>
/// The hostile corpus run in-process: every case against one long-lived factory, each on a thread-pool thread as a
/// service would run it, so one process must survive them all.
/// </summary>
public sealed class HostileCorpusTests
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
            using var runtime = SharedFactory.NewRuntime(o => o.UseConsole(output));
            return runtime.RunMain(hostile.Path);
        });
        hostile.AssertOutcome(exitCode, output.Out, output.Error);
    }

    [Fact]
    public void TheCorpusIsThere() => Assert.True(HostileCase.Ids().Count() >= 30, "tests/hostile lost its cases");
}
