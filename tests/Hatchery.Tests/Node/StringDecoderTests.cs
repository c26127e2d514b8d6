namespace Hatchery.Tests.Node;

/// <summary>The string_decoder module against Node 20's output for the scripts in Fixtures/string_decoder.</summary>
public class StringDecoderTests
{
    [Fact]
    public void SplitSequencesDecodeAsInNode() => NodeFixtures.AssertMatchesNode("string_decoder", "decoder.js");

    [Fact]
    public void ThrowsNodesCodedErrors() => NodeFixtures.AssertMatchesNode("string_decoder", "errors.js");
}
