namespace Hatchery.Tests.Node;

/// <summary>The <c>console</c> and <c>process</c> modules and <c>console.Console</c> against Node's recorded output (Fixtures/console).</summary>
public class ConsoleModuleTests
{
    public static IEnumerable<object[]> Scripts => NodeFixtures.In("console");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void MatchesNode(string script) => NodeFixtures.AssertMatchesNode("console", script);

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
