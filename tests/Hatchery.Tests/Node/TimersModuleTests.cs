namespace Hatchery.Tests.Node;

/// <summary>The <c>timers</c> module beyond what the recorded fixtures in Fixtures/timers show.</summary>
public class TimersModuleTests
{
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
