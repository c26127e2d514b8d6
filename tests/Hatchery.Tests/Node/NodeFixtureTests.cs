namespace Hatchery.Tests.Node;

/// <summary>
/// Every script under Fixtures/ against Node 20's recorded output: one test case per script found on disk, so a new
/// script is a new case, and a script without its recording (or a recording without its script) fails. Below it, the
/// rules that keep that true: no script outside a fixture folder, recordings masked as the recorder masks them, and
/// the masks themselves.
/// </summary>
public class NodeFixtureTests
{
    public static TheoryData<string> Fixtures() => new(NodeFixtures.All());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void PrintsWhatNodePrinted(string fixture) => NodeFixtures.AssertMatchesNode(fixture);

    [Fact]
    public void EveryFileIsInAFixtureFolder() => Assert.Empty(Directory.GetFiles(NodeFixtures.Root));

    [Fact]
    public void RecordingsHoldNoProcessIdOrCheckoutPath()
    {
        var folders = Directory.GetDirectories(NodeFixtures.Root).Append(Path.Combine(NodeRecording.RepositoryRoot, "tests", "npm", "scripts"));
        var unmasked = folders.SelectMany(Directory.GetFiles)
            .Where(f => f.EndsWith(".out", StringComparison.Ordinal) || f.EndsWith(".err", StringComparison.Ordinal))
            .Where(f => NodeFixtures.MaskMachine(File.ReadAllText(f)) != File.ReadAllText(f))
            .Select(f => Path.GetRelativePath(NodeRecording.RepositoryRoot, f));
        Assert.Empty(unmasked);
    }

    [Fact]
    public void MaskMachineHidesProcessIdsAndWhereTheCheckoutIs()
    {
        const string raw = "(node:4242) Warning: odd\nFOO_BAR 17: debug\n/home/me/src/tests/Hatchery.Tests/Fixtures/a/b.js:3\n" +
            "    at f (/home/me/src/tests/Hatchery.Tests/Fixtures/a/b.js:3:9)\n  url: 'file:///home/me/src/tests/Hatchery.Tests/Fixtures/a/b.js'\n";
        const string masked = "(node:PID) Warning: odd\nFOO_BAR PID: debug\n<fixtures>/a/b.js:3\n" +
            "    at f (<fixtures>/a/b.js:3:9)\n  url: '<fixtures>/a/b.js'\n";
        Assert.Equal(masked, NodeFixtures.MaskMachine(raw));
    }

    [Fact]
    public void StacksCompareByWhereTheyArePrintedNotByTheirFrames()
    {
        const string node = "<fixtures>/a.js:2\n  throw e;\n  ^\n\nError: boom\n    at f (<fixtures>/a.js:2:3)\n" +
            "    at Module._compile (node:internal/modules/cjs/loader:1521:14)\n    at node:internal/main/run_main_module:28:49\n\nNode.js v20.20.2\n";
        const string hatchery = "<fixtures>/a.js:2\n  throw e;\n  ^\n\nError: boom\n    at <fixtures>/a.js:2:3\n\n" +
            "Hatchery v0.1.0 (Node.js v20.19.0 compatible)\n";
        Assert.Equal(NodeFixtures.Mask(node), NodeFixtures.Mask(hatchery));
    }

    [Fact]
    public void NestedStacksCompareByWhereTheyArePrintedToo()
    {
        const string node = "Error: outer\n    at a (<fixtures>/a.js:3:7)\n    ... 4 lines matching cause stack trace ...\n" +
            "    at node:internal/main/run_main_module:28:49 {\n  [cause]: Error: inner\n      at a (<fixtures>/a.js:2:7)\n" +
            "      at node:internal/main/run_main_module:28:49\n}\n";
        const string hatchery = "Error: outer\n    at <fixtures>/a.js:3:7 {\n  [cause]: Error: inner\n      at <fixtures>/a.js:2:7\n}\n";
        Assert.Equal(NodeFixtures.Mask(node), NodeFixtures.Mask(hatchery));
    }

    [Fact]
    public void AStackMissingWhereNodePrintedOneIsADifference()
    {
        const string node = "Error: boom\n    at f (<fixtures>/a.js:2:3)\n    at node:internal/main/run_main_module:28:49\n\nafter\n";
        const string hatchery = "Error: boom\n\nafter\n";
        Assert.NotEqual(NodeFixtures.Mask(node), NodeFixtures.Mask(hatchery));
    }
}
