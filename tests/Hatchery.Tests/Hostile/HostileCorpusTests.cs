namespace Hatchery.Tests.Hostile;

/// <summary>
/// The hostile corpus run in-process: every case against one long-lived factory, each on a thread-pool thread as a
/// service would run it, so one process must survive them all.
/// </summary>
public sealed class HostileCorpusTests
{
    private static readonly AsyncLocal<CapturedOutput?> CurrentOutput = new();

    // One factory for the whole corpus; each case's console output goes to the case that is running.
    private static readonly EngineFactory SharedFactory = EngineFactory.Create(o => o.UseConsole(new PerCaseOutput()));

    public static TheoryData<string> Cases() => new(HostileCase.Ids());

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EndsAsItsHeaderSays(string id)
    {
        var hostile = HostileCase.Read(id);
        var output = new CapturedOutput();
        var exitCode = await Task.Run(() =>
        {
            CurrentOutput.Value = output;
            using var runtime = SharedFactory.NewRuntime();
            return runtime.RunMain(hostile.Path);
        });
        hostile.AssertOutcome(exitCode, output.Out, output.Error);
    }

    private sealed class PerCaseOutput : Builtins.Console.IConsoleOutput
    {
        public void WriteOut(string text) => CurrentOutput.Value?.WriteOut(text);

        public void WriteError(string text) => CurrentOutput.Value?.WriteError(text);
    }

    [Fact]
    public void TheCorpusIsThere() => Assert.True(HostileCase.Ids().Count() >= 30, "tests/hostile lost its cases");
}
