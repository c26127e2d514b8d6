namespace Hatchery.Tests.Node;

/// <summary>
/// A SyntaxError in the main file, against Node 20's recording (uncaught/lib/syntax-main.err, made with
/// <c>node syntax-main.js 2&gt; syntax-main.err</c> and masked as the recorder masks). Not a fixture: every frame of
/// Node's stack there is its own loader's (wrapSafe, Module._compile…), and Hatchery, which compiles the file in C#,
/// has no frame to show, so the stack line is the one difference, listed in docs/node-compat.md.
/// </summary>
public class MainFileSyntaxErrorTests
{
    [Fact]
    public void PrintsWhatNodePrintedButItsLoadersFrames()
    {
        var script = TestHost.Fixture("uncaught/lib/syntax-main.js");
        var recorded = File.ReadAllText(Path.ChangeExtension(script, ".err"));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(Path.GetDirectoryName(script)!));
        using (runtime)
        {
            Assert.Equal(1, runtime.RunMain(script));
            Assert.Equal(NodeFixtures.Mask(recorded).Replace("    at <frames>\n", "", StringComparison.Ordinal), NodeFixtures.Mask(output.Error));
        }
    }
}
