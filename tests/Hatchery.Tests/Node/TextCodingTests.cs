namespace Hatchery.Tests.Node;

/// <summary>The TextEncoder and TextDecoder globals against Node 20's output for the scripts in Fixtures/text_coding.</summary>
public class TextCodingTests
{
    [Fact]
    public void EncodeAndDecodeAsInNode() => NodeFixtures.AssertMatchesNode("text_coding", "coding.js");

    [Fact]
    public void ThrowsNodesCodedErrors() => NodeFixtures.AssertMatchesNode("text_coding", "errors.js");

    [Fact]
    public void GlobalsAreBuiltOncePerRuntime()
    {
        var (runtime, _) = TestHost.Open();
        using (runtime)
        {
            var same = runtime.Evaluate("TextEncoder === globalThis.TextEncoder && Buffer === require('buffer').Buffer && atob === require('buffer').atob");
            Assert.True(same.AsBoolean());
        }
    }
}
