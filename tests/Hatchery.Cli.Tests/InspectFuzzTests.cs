using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hatchery.Cli.Tests;

/// <summary>
/// A generative differential test of <c>util.inspect</c>: <c>tests/inspect-fuzz/generate.js</c> builds seeded random
/// values and options and prints each case; it runs under <c>node</c> (which must be on PATH, as it is for
/// <c>tests/record-fixtures.js</c>) and through <c>hatchery run</c>, and every case must print the same. CI runs
/// <see cref="DefaultCases"/> cases of each of <see cref="Seeds"/>; <c>INSPECT_FUZZ_CASES=N</c> runs N cases of each
/// seed and <c>INSPECT_FUZZ_SEED=S</c> runs seed S alone, e.g.
/// <c>INSPECT_FUZZ_SEED=9 INSPECT_FUZZ_CASES=20000 dotnet test tests/Hatchery.Cli.Tests --filter InspectFuzz</c>.
/// </summary>
public sealed partial class InspectFuzzTests
{
    private const int DefaultCases = 500;

    private static readonly uint[] Seeds = [1, 2, 3, 4];

    private static readonly string Generator = Path.Combine(Hatchery.Tests.NodeRecording.RepositoryRoot, "tests", "inspect-fuzz", "generate.js");

    [Fact]
    public void Generated_values_inspect_as_node_inspects_them()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("INSPECT_FUZZ_CASES"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultCases;
        var seeds = uint.TryParse(Environment.GetEnvironmentVariable("INSPECT_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? [s] : Seeds;
        var report = new StringBuilder();
        var differing = 0;
        var compared = 0;
        foreach (var seed in seeds)
        {
            var args = new[] { seed.ToString(CultureInfo.InvariantCulture), cases.ToString(CultureInfo.InvariantCulture) };
            var node = Split(RunNode(args));
            var hatchery = Split(RunHatchery(args));
            Assert.Equal(cases, node.Count);
            foreach (var (number, expected) in node)
            {
                compared++;
                var actual = hatchery.GetValueOrDefault(number, "(case missing from Hatchery's output)");
                if (actual == expected) continue;
                // The first few differences are enough to act on; each names its replay command.
                if (++differing <= 5)
                {
                    report.Append(CultureInfo.InvariantCulture, $"seed {seed}, case {number} (replay: node tests/inspect-fuzz/generate.js {seed} 1 {number})\n");
                    report.Append("--- node\n").Append(expected).Append("\n--- hatchery\n").Append(actual).Append("\n\n");
                }
            }
        }
        Assert.True(differing == 0, $"{differing} of {compared} cases differ from node:\n\n{report}");
    }

    private static SortedDictionary<int, string> Split(string output)
    {
        var cases = new SortedDictionary<int, string>();
        var current = -1;
        var text = new StringBuilder();
        foreach (var line in output.Split('\n'))
        {
            if (CaseLine().Match(line) is { Success: true } match)
            {
                if (current >= 0) cases[current] = text.ToString();
                current = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                text.Clear();
            }
            else if (current >= 0)
            {
                text.Append(line).Append('\n');
            }
        }
        if (current >= 0) cases[current] = text.ToString();
        return cases;
    }

    private static string RunHatchery(string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(["run", Generator, .. args], new CliContext(new StringReader(""), output, error, Path.GetDirectoryName(Generator)!));
        Assert.True(code == 0, $"hatchery exited with {code}: {error}");
        return output.ToString();
    }

    private static string RunNode(string[] args)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(Generator);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            // A missing node must fail loudly: a silent skip would report a green suite that compared nothing.
            throw new InvalidOperationException("`node` (Node.js 20) must be on PATH for the inspect fuzz test", e);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"node exited with {process.ExitCode}: {stderr.Result}");
            return stdout;
        }
    }

    [GeneratedRegex(@"^### case (\d+)$")]
    private static partial Regex CaseLine();
}
