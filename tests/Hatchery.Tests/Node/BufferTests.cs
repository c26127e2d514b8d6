namespace Hatchery.Tests.Node;

/// <summary>The buffer module and global Buffer against Node 20's output for the scripts in Fixtures/buffer.</summary>
public class BufferTests
{
    [Theory]
    [InlineData("encodings")]
    [InlineData("create")]
    [InlineData("readwrite")]
    [InlineData("methods")]
    [InlineData("errors")]
    public void MatchesNode(string fixture) => NodeFixtures.AssertMatchesNode("buffer", fixture + ".js");
}
