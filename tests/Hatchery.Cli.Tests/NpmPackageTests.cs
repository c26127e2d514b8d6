namespace Hatchery.Cli.Tests;

/// <summary>
/// Runs each script under <c>tests/npm/scripts</c> — one per real npm package, installed by <c>test.sh</c> with
/// <c>npm ci --prefix tests/npm</c> — through <c>hatchery run</c>, and compares stdout, stderr and the exit code
/// with what Node printed for the same script, recorded beside it by <c>tests/record-fixtures.js</c> (the layout of
/// <see cref="Hatchery.Tests.NodeRecording"/>). Unlike the fixtures of Hatchery.Tests it goes through the CLI and
/// compares unmasked: these scripts print no stack frames, process ids or paths.
/// </summary>
public sealed class NpmPackageTests
{
    private static readonly string NpmDirectory = Path.Combine(Hatchery.Tests.NodeRecording.RepositoryRoot, "tests", "npm");

    private static readonly string ScriptsDirectory = Path.Combine(NpmDirectory, "scripts");

    /// <summary>The script names (without <c>.js</c>), one test case each.</summary>
    public static TheoryData<string> Scripts() => new(Hatchery.Tests.NodeRecording.NamesIn(ScriptsDirectory));

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script_prints_what_node_prints(string name)
    {
        // A missing install must fail loudly: a silent skip would report a green suite that tested nothing.
        Assert.True(
            Directory.Exists(Path.Combine(NpmDirectory, "node_modules")),
            $"tests/npm/node_modules is missing: run `npm ci --prefix tests/npm` (./test.sh does).");
        var recorded = Hatchery.Tests.NodeRecording.Read(ScriptsDirectory, name);
        Assert.True(recorded.Environment is null, $"{name}.env: the CLI runs these scripts in the test's own environment.");

        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(["run", "scripts/" + name + ".js"], new CliContext(new StringReader(""), output, error, NpmDirectory));

        Assert.Equal(recorded.Out, output.ToString());
        Assert.Equal(recorded.Err, error.ToString());
        Assert.Equal(recorded.Code, code);
    }
}
