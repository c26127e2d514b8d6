namespace Hatchery.Tests.Node;

/// <summary>
/// An ES-module main file whose imports do not link, against Node 20's recordings (uncaught/lib/esm-link/NAME.err,
/// made with <c>node NAME.mjs 2&gt; NAME.err</c> and masked as the recorder masks). Not fixtures: every frame of
/// Node's stack is its own loader's (ModuleJob._instantiate…), and Hatchery, which links in C#, has none to show,
/// so the stack lines are the one difference, listed in docs/node-compat.md.
/// </summary>
public class EsModuleLinkErrorTests
{
    [Theory]
    [InlineData("missing-named")]
    [InlineData("missing-renamed")]
    [InlineData("missing-default")]
    [InlineData("missing-commonjs")]
    [InlineData("missing-reexport")]
    [InlineData("conflicting-stars")]
    public void PrintsWhatNodePrintedButItsLoadersFrames(string name)
    {
        var script = TestHost.Fixture($"uncaught/lib/esm-link/{name}.mjs");
        var recorded = File.ReadAllText(Path.ChangeExtension(script, ".err"));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(Path.GetDirectoryName(script)!));
        using (runtime)
        {
            Assert.Equal(1, runtime.RunMain(script));
            Assert.Equal(NodeFixtures.Mask(recorded).Replace("    at <frames>\n", "", StringComparison.Ordinal), NodeFixtures.Mask(output.Error));
        }
    }
}
