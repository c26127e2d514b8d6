using System.Text.RegularExpressions;

namespace Hatchery.Tests.Node;

/// <summary>
/// The scripts under Fixtures/ and the masks that make Hatchery's output comparable with Node's. Each folder directly
/// under Fixtures/ is a fixture folder (the layout of <see cref="NodeRecording"/>), and a fixture is named
/// <c>folder/name</c> after its script.
/// </summary>
internal static partial class NodeFixtures
{
    public static string Root { get; } = TestHost.Fixture("");

    public static IEnumerable<string> All() =>
        Directory.GetDirectories(Root).Order(StringComparer.Ordinal)
            .SelectMany(folder => NodeRecording.NamesIn(folder).Select(name => $"{Path.GetFileName(folder)}/{name}"));

    /// <summary>Runs the fixture <c>folder/name</c> under Hatchery and asserts it prints and exits as Node did.</summary>
    public static void AssertMatchesNode(string fixture)
    {
        var recorded = NodeRecording.Read(Path.Combine(Root, Path.GetDirectoryName(fixture)!), Path.GetFileName(fixture));
        var (runtime, output) = TestHost.Open(o =>
        {
            o.UseBaseDirectory(Path.GetDirectoryName(recorded.Script)!);
            if (recorded.Environment is not null) o.UseEnvironment(recorded.Environment);
        });
        using (runtime)
        {
            var code = runtime.RunMain(recorded.Script);
            AssertSameLines(recorded.Out, MaskMachine(output.Out));
            Assert.Equal(Mask(recorded.Err), Mask(output.Error));
            Assert.Equal(recorded.Code, code);
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

    /// <summary>
    /// What may differ between two runs of one script without being behaviour: the process id and where the
    /// checkout is. tests/record-fixtures.js applies the same two masks before it writes a recording.
    /// </summary>
    public static string MaskMachine(string text)
    {
        text = ProcessId().Replace(text, m => m.Value.StartsWith('(') ? "(node:PID)" : $"{m.Groups[1].Value} PID: ");
        return FixturePath().Replace(text, "<fixtures>/");
    }

    /// <summary>
    /// Stderr as compared: <see cref="MaskMachine"/>, then what differs between V8 and Jint without being behaviour.
    /// Each run of stack frame lines ("    at …") becomes one placeholder line: a stack must be printed where Node
    /// printed one and nowhere else, but its frames are not compared, not even their number (V8 lists Node's
    /// internal callers, Jint lists the script's frames as it sees them), at whatever indentation they are nested.
    /// Node's lines of its internal source above an uncaught error and the version trailer are dropped.
    /// </summary>
    public static string Mask(string text)
    {
        text = MaskMachine(text);
        text = InternalSourceFrame().Replace(text, "");
        text = StackFrames().Replace(text, m => $"{m.Groups["indent"].Value}at <frames>\n");
        return VersionTrailer().Replace(text, "");
    }

    [GeneratedRegex(@"\(node:\d+\)|^([A-Z][A-Z0-9_]*) \d+: ", RegexOptions.Multiline)]
    private static partial Regex ProcessId();

    [GeneratedRegex(@"[^\s('""`]*/Fixtures/")]
    private static partial Regex FixturePath();

    [GeneratedRegex(@"^node:internal/\S+\n.*\n\s*\^\n\n", RegexOptions.Multiline)]
    private static partial Regex InternalSourceFrame();

    // At any indentation (an error's cause or AggregateError's errors nest theirs); V8's note of the frames a stack
    // shares with its cause's is one of the frames that it replaces.
    [GeneratedRegex(@"^(?<indent> +)at .*\n(?:\k<indent>(?:at .*|\.\.\. \d+ lines matching cause stack trace \.\.\.)\n)*", RegexOptions.Multiline)]
    private static partial Regex StackFrames();

    [GeneratedRegex(@"^(Node\.js|Hatchery) v.*\n?", RegexOptions.Multiline)]
    private static partial Regex VersionTrailer();
}
