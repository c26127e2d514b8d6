namespace Hatchery.Tests.Node;

/// <summary>The querystring module against Node's output for the same script.</summary>
public class QueryStringTests
{
    [Fact]
    public void MatchesNode() => NodeFixtures.AssertMatchesNode("querystring/querystring");
}
