using System.Text.RegularExpressions;

namespace Hatchery.Tests.Node;

/// <summary>
/// Runs a fixture script under Hatchery and compares its output with what Node 20 printed for it, recorded beside
/// the script as <c>name.out</c> (stdout) and <c>name.err</c> (stderr, compared with the process id masked).
/// An optional <c>name.env</c> (KEY=VALUE lines) sets the environment of both runs. Regenerate the records with
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
        var (runtime, output) = TestHost.Open(o =>
        {
            if (environment is not null) o.UseEnvironment(environment);
        });
        using (runtime)
        {
            var code = runtime.RunMain(path);
            Assert.Equal(expectedOut, output.Out);
            Assert.Equal(Mask(expectedErr), Mask(output.Error));
            Assert.Equal(0, code);
        }
    }

    private static string Mask(string text) =>
        ProcessId().Replace(text, m => m.Value.StartsWith('(') ? "(node:PID)" : $"{m.Groups[1].Value} PID: ");
}
