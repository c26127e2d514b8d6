namespace Hatchery.Tests.Node;

/// <summary>The events module against Node: each script in Fixtures/events must print what Node printed.</summary>
public class EventsTests
{
    public static IEnumerable<object[]> Scripts() => NodeFixtures.In("events");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void PrintsWhatNodePrints(string script) => NodeFixtures.AssertMatchesNode("events", script);

    [Fact]
    public void BareAndPrefixedNamesGiveTheSameModule()
    {
        using var runtime = JsRuntime.Open();
        Assert.True(runtime.Evaluate("require('events') === require('node:events') && require('events').EventEmitter === require('events')").AsBoolean());
    }
}
