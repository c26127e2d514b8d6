namespace Hatchery.Tests.Node;

/// <summary>
/// Runs a script from Fixtures/ and returns what it printed. Each such script has a <c>.expected.txt</c> beside it:
/// the output of Node.js 20 for the same script (regenerate with <c>node name.js &gt; name.expected.txt</c>).
/// </summary>
public static class NodeFixtures
{
    public static (string Actual, string Expected) Run(string fixture)
    {
        var script = TestHost.Fixture(fixture + ".js");
        var expected = File.ReadAllText(TestHost.Fixture(fixture + ".expected.txt"));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(Path.GetDirectoryName(script)!));
        using (runtime)
        {
            Assert.Equal(0, runtime.RunMain(script));
            Assert.Equal("", output.Error);
            return (output.Out, expected);
        }
    }

    /// <summary>Asserts line by line, so that a failure names the first line that differs from Node's.</summary>
    public static void AssertMatchesNode(string fixture)
    {
        var (actual, expected) = Run(fixture);
        var actualLines = actual.Split('\n');
        var expectedLines = expected.Split('\n');
        for (var i = 0; i < Math.Min(actualLines.Length, expectedLines.Length); i++)
        {
            Assert.True(expectedLines[i] == actualLines[i], $"{fixture} line {i + 1}:\n  node:     {expectedLines[i]}\n  hatchery: {actualLines[i]}");
        }
        Assert.Equal(expected, actual);
    }
}
