using System.Text.RegularExpressions;

namespace Hatchery.Tests.Node;

/// <summary>
/// Runs a fixture script under Hatchery and compares its output with what Node 20 printed for it, recorded beside
/// the script as <c>name.out</c> (stdout) and <c>name.err</c> (stderr, compared with the process id masked).
/// An optional <c>name.env</c> (KEY=VALUE lines) sets the environment of both runs, and an optional <c>name.code</c>
/// holds Node's exit code when it is not 0. Stack frames differ between V8 and Jint, so lines of <c>name.err</c>
/// that start with "    at " are compared by count only. Regenerate the records with
/// <c>for f in *.js; do env $(cat ${f%.js}.env 2&gt;/dev/null) node $f &gt; ${f%.js}.out 2&gt; ${f%.js}.err; done</c>.
/// </summary>
internal static partial class NodeFixtures
{
    [GeneratedRegex(@"\(node:\d+\)|^([A-Z][A-Z0-9_]*) \d+: ", RegexOptions.Multiline)]
    private static partial Regex ProcessId();

    public static IEnumerable<object[]> In(string folder) =>
        Directory.GetFiles(TestHost.Fixture(folder), "*.js")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    /// <summary>The fixture <c>folder/name</c> (without <c>.js</c>).</summary>
    public static void AssertMatchesNode(string fixture) =>
        AssertMatchesNode(Path.GetDirectoryName(fixture)!, Path.GetFileName(fixture) + ".js");

    public static void AssertMatchesNode(string folder, string script)
    {
        var path = TestHost.Fixture(Path.Combine(folder, script));
        var expectedOut = File.ReadAllText(Path.ChangeExtension(path, ".out"));
        var errPath = Path.ChangeExtension(path, ".err");
        var expectedErr = File.Exists(errPath) ? File.ReadAllText(errPath) : "";
        var envPath = Path.ChangeExtension(path, ".env");
        var environment = File.Exists(envPath)
            ? File.ReadAllLines(envPath).Where(l => l.Contains('=')).ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..])
            : null;
        var codePath = Path.ChangeExtension(path, ".code");
        var expectedCode = File.Exists(codePath) ? int.Parse(File.ReadAllText(codePath).Trim(), System.Globalization.CultureInfo.InvariantCulture) : 0;
        var (runtime, output) = TestHost.Open(o =>
        {
            o.UseBaseDirectory(Path.GetDirectoryName(path)!);
            if (environment is not null) o.UseEnvironment(environment);
        });
        using (runtime)
        {
            var code = runtime.RunMain(path);
            AssertSameLines(expectedOut, output.Out);
            Assert.Equal(Mask(expectedErr), Mask(output.Error));
            Assert.Equal(expectedCode, code);
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

    // Process ids, fixture paths, V8 or Jint stack frames, Node-internal source frames and the version trailer differ
    // between the two runtimes without being behaviour; everything else must match.
    private static string Mask(string text)
    {
        text = ProcessId().Replace(text, m => m.Value.StartsWith('(') ? "(node:PID)" : $"{m.Groups[1].Value} PID: ");
        text = FixturePath().Replace(text, "<fixtures>/");
        text = InternalSourceFrame().Replace(text, "");
        text = StackFrameLine().Replace(text, "");
        return VersionTrailer().Replace(text, "");
    }

    [GeneratedRegex(@"\S*/Fixtures/")]
    private static partial Regex FixturePath();

    [GeneratedRegex(@"^node:internal/\S+\n.*\n\s*\^\n\n", RegexOptions.Multiline)]
    private static partial Regex InternalSourceFrame();

    [GeneratedRegex(@"^    at .*\n", RegexOptions.Multiline)]
    private static partial Regex StackFrameLine();

    [GeneratedRegex(@"^(Node\.js|Hatchery) v.*\n?", RegexOptions.Multiline)]
    private static partial Regex VersionTrailer();
}
