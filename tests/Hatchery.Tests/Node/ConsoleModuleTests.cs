namespace Hatchery.Tests.Node;

/// <summary><c>console.Console</c> instances beyond what the recorded fixtures in Fixtures/console show.</summary>
public class ConsoleModuleTests
{
    [Fact]
    public void ConsoleInstancesKeepTheirOwnCountersAndGroups()
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate("""
                const lines = [];
                const own = new console.Console({ write: (s) => lines.push(s) });
                own.count('x');
                own.group();
                console.count('x');
                own.count('x');
                console.log(JSON.stringify(lines));
                """);
        }
        Assert.Equal("x: 1\n[\"x: 1\\n\",\"  x: 2\\n\"]\n", output.Out);
    }
}
