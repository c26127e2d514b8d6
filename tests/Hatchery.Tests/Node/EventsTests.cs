namespace Hatchery.Tests.Node;

/// <summary>The events module beyond what the recorded fixtures in Fixtures/events show.</summary>
public class EventsTests
{
    [Fact]
    public void BareAndPrefixedNamesGiveTheSameModule()
    {
        using var runtime = JsRuntime.Open();
        Assert.True(runtime.Evaluate("require('events') === require('node:events') && require('events').EventEmitter === require('events')").AsBoolean());
    }
}
