namespace Hatchery.Tests.Node;

/// <summary>The util module against Node: each script in Fixtures/util must print what Node printed.</summary>
public class UtilTests
{
    public static IEnumerable<object[]> Scripts() => NodeFixtures.In("util");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void PrintsWhatNodePrints(string script) => NodeFixtures.AssertMatchesNode("util", script);
}
