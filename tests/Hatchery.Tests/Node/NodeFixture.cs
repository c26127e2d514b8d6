namespace Hatchery.Tests.Node;

/// <summary>
/// Runs a script from Fixtures/&lt;folder&gt; as the main module and compares its output with the
/// <c>.expected.txt</c> beside it, which is what Node 20 printed for the same script (<c>node x.js &gt; x.expected.txt</c>).
/// </summary>
internal static class NodeFixture
{
    public static void AssertMatchesNode(string folder, string name)
    {
        var script = TestHost.Fixture(Path.Combine(folder, name + ".js"));
        var expected = File.ReadAllText(TestHost.Fixture(Path.Combine(folder, name + ".expected.txt")));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(Path.GetDirectoryName(script)!));
        using (runtime)
        {
            var exitCode = runtime.RunMain(script);
            Assert.Equal("", output.Error);
            Assert.Equal(0, exitCode);
            AssertSameLines(expected, output.Out);
        }
    }

    // Line by line first, so that a failure names the first line that differs rather than a whole file.
    private static void AssertSameLines(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Min(expectedLines.Length, actualLines.Length); i++) Assert.Equal(expectedLines[i], actualLines[i]);
        Assert.Equal(expected, actual);
    }
}
