namespace Hatchery.Cli.Tests;

/// <summary>
/// Runs each script under <c>tests/npm/scripts</c> — one per real npm package, installed by <c>test.sh</c> with
/// <c>npm ci --prefix tests/npm</c> — through <c>hatchery run</c>, and compares stdout, stderr and the exit code
/// with what Node printed for the same script (recorded in <c>tests/npm/expected</c> by <c>tests/npm/record.sh</c>).
/// </summary>
public sealed class NpmPackageTests
{
    private static readonly string NpmDirectory = Path.Combine(FindRepositoryRoot(), "tests", "npm");

    /// <summary>The script names (without <c>.js</c>), one test case each.</summary>
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(NpmDirectory, "scripts"), "*.js").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script_prints_what_node_prints(string name)
    {
        // A missing install must fail loudly: a silent skip would report a green suite that tested nothing.
        Assert.True(
            Directory.Exists(Path.Combine(NpmDirectory, "node_modules")),
            $"tests/npm/node_modules is missing: run `npm ci --prefix tests/npm` (./test.sh does).");
        var expectedDirectory = Path.Combine(NpmDirectory, "expected");
        var expectedOut = File.ReadAllText(Path.Combine(expectedDirectory, name + ".out"));
        var expectedError = ReadIfExists(Path.Combine(expectedDirectory, name + ".err")) ?? "";
        var expectedCode = int.Parse(ReadIfExists(Path.Combine(expectedDirectory, name + ".code"))?.Trim() ?? "0");

        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(["run", "scripts/" + name + ".js"], new CliContext(new StringReader(""), output, error, NpmDirectory));

        Assert.Equal(expectedOut, output.ToString());
        Assert.Equal(expectedError, error.ToString());
        Assert.Equal(expectedCode, code);
    }

    private static string? ReadIfExists(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hatchery.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Hatchery.slnx not found above " + AppContext.BaseDirectory);
    }
}
