namespace Hatchery.Tests.Node;

/// <summary><c>process</c>, uncaught errors and unhandled rejections, checked against Node's recorded output.</summary>
public class ProcessTests
{
    public static IEnumerable<object[]> Scripts => NodeFixtures.In("process");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void MatchesNode(string script) => NodeFixtures.AssertMatchesNode("process", script);
}
