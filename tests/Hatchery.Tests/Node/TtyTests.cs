namespace Hatchery.Tests.Node;

/// <summary>The <c>tty</c> module, checked against Node's recorded output for piped streams.</summary>
public class TtyTests
{
    public static IEnumerable<object[]> Scripts => NodeFixtures.In("tty");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void MatchesNode(string script) => NodeFixtures.AssertMatchesNode("tty", script);
}
