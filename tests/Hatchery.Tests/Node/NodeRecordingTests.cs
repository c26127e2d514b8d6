using Xunit.Sdk;

namespace Hatchery.Tests.Node;

/// <summary>The fixture convention itself: which files are scripts, and what a missing half of a pair does.</summary>
public class NodeRecordingTests
{
    [Fact]
    public void ScriptsAndOrphanRecordingsAreNamedButHelpersAreNot()
    {
        using var folder = TestHost.Files(("a.js", ""), ("a.out", ""), ("b.err", ""), ("c.js", ""), ("helper.cjs", ""),
            ("data.json", "{}"), ("lib/d.js", ""), ("lib/d.out", ""));
        Assert.Equal(["a", "b", "c"], NodeRecording.NamesIn(folder.Root));
    }

    [Fact]
    public void AScriptWithoutItsRecordingFails()
    {
        using var folder = TestHost.Files(("new.js", "console.log(1)"));
        var failure = Assert.ThrowsAny<XunitException>(() => NodeRecording.Read(folder.Root, "new"));
        Assert.Contains("has no recording", failure.Message);
    }

    [Fact]
    public void ARecordingWithoutItsScriptFails()
    {
        using var folder = TestHost.Files(("gone.out", "1\n"), ("gone.err", "warning\n"));
        var failure = Assert.ThrowsAny<XunitException>(() => NodeRecording.Read(folder.Root, "gone"));
        Assert.Contains("without its script", failure.Message);
    }

    [Fact]
    public void AbsentErrAndCodeMeanNothingOnStderrAndExitZero()
    {
        using var folder = TestHost.Files(("quiet.js", ""), ("quiet.out", "1\n"), ("loud.js", ""), ("loud.out", ""),
            ("loud.err", "boom\n"), ("loud.code", "3\n"), ("loud.env", "A=1\nB=x=y\n"));
        var quiet = NodeRecording.Read(folder.Root, "quiet");
        Assert.Equal(("1\n", "", 0, null), (quiet.Out, quiet.Err, quiet.Code, quiet.Environment));
        var loud = NodeRecording.Read(folder.Root, "loud");
        Assert.Equal(("boom\n", 3), (loud.Err, loud.Code));
        Assert.Equal(new Dictionary<string, string> { ["A"] = "1", ["B"] = "x=y" }, loud.Environment);
    }
}
