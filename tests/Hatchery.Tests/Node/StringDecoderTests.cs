namespace Hatchery.Tests.Node;

/// <summary>The string_decoder module against Node 20's output for Fixtures/string_decoder/decoder.js.</summary>
public class StringDecoderTests
{
    [Fact]
    public void SplitSequencesDecodeAsInNode() => NodeFixtures.AssertMatchesNode("string_decoder", "decoder.js");
}
