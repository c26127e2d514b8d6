using System.Diagnostics;
using Hatchery.Tests;

namespace Hatchery.Cli.Tests;

/// <summary>
/// The README's main command, <c>hatchery run examples/hello.js</c>, through the built executable from the repository
/// root: its output is Examples/hello.out exactly, and the directory it makes under the OS temp directory (its SQLite
/// file and text file) is gone afterwards, also when it fails half-way (<c>--fail</c>). Each run gets its own
/// <c>TMPDIR</c>, so "gone" is checked on an otherwise empty directory.
/// </summary>
public sealed class HelloExampleTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "hatchery-hello-test-" + Guid.NewGuid().ToString("N"));

    public HelloExampleTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private (int ExitCode, string Out, string Error) RunHello(params string[] scriptArgs)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = NodeRecording.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["TMPDIR"] = _temp;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Hatchery.Cli.dll"));
        foreach (var arg in (string[])["run", "examples/hello.js", .. scriptArgs]) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "hatchery did not exit");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Prints_the_expected_output_and_leaves_nothing_in_the_temp_directory()
    {
        var (code, output, error) = RunHello();

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", "hello.out")), output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
    }

    [Fact]
    public void A_failure_half_way_still_cleans_up()
    {
        var (code, output, error) = RunHello("--fail");

        Assert.Equal(1, code);
        Assert.Contains("Error: failed half-way through the transaction", error);
        Assert.EndsWith("cleaned up: true\n", output);
        Assert.DoesNotContain("┌", output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
    }
}
