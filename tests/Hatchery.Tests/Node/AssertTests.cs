namespace Hatchery.Tests.Node;

/// <summary>The assert module against Node: each script in Fixtures/assert must print what Node printed.</summary>
public class AssertTests
{
    public static IEnumerable<object[]> Scripts() => NodeFixtures.In("assert");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void PrintsWhatNodePrints(string script) => NodeFixtures.AssertMatchesNode("assert", script);
}
