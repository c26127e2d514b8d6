namespace Hatchery.Cli.Tests;

/// <summary>What one in-process run of the CLI produced.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs the CLI in-process against in-memory streams and a temporary working directory.</summary>
public sealed class CliHarness : IDisposable
{
    public CliHarness() => Directory.CreateDirectory(WorkingDirectory);

    /// <summary>A fresh temporary directory, deleted on dispose; the CLI's current directory.</summary>
    public string WorkingDirectory { get; } = Path.Combine(Path.GetTempPath(), "hatchery-cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a file under the working directory and returns its absolute path.</summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(WorkingDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Runs <c>hatchery args</c> with <paramref name="stdin"/> as piped standard input.</summary>
    public CliResult RunWithInput(string stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliContext(new StringReader(stdin), output, error, WorkingDirectory));
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>hatchery args</c> with empty standard input.</summary>
    public CliResult Run(params string[] args) => RunWithInput("", args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary directory is harmless; a failing dispose would hide the test's result.
        }
    }
}
