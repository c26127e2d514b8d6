namespace Hatchery.Tests.Node;

/// <summary>The <c>timers</c> and <c>timers/promises</c> modules against Node's recorded output (Fixtures/timers).</summary>
public class TimersModuleTests
{
    public static IEnumerable<object[]> Scripts => NodeFixtures.In("timers");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void MatchesNode(string script) => NodeFixtures.AssertMatchesNode("timers", script);

    [Fact]
    public void ModuleKeepsTheRuntimesFunctionsWhenAGlobalIsReplaced()
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate("""
                const original = setTimeout;
                globalThis.setTimeout = () => 'replaced';
                const timers = require('timers');
                console.log(timers.setTimeout === original, typeof timers.setTimeout(() => console.log('fired'), 1));
                """);
            runtime.RunEventLoop();
        }
        Assert.Equal("true object\nfired\n", output.Out);
    }
}
