using System.Diagnostics;

namespace Hatchery.Cli.Tests;

/// <summary>The built tool started as a real process: streams, exit codes and piped standard input end to end.</summary>
public sealed class ExecutableTests : IDisposable
{
    private readonly CliHarness _files = new();

    public void Dispose() => _files.Dispose();

    private (int ExitCode, string Out, string Error) Start(string stdin, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _files.WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Hatchery.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "hatchery did not exit");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Runs_a_script_with_arguments_and_its_exit_code()
    {
        _files.Write("app.js", "console.log(process.argv.slice(2).join(' ')); process.exitCode = 7;");

        var (code, output, error) = Start("", "app.js", "one", "--two");

        Assert.Equal(7, code);
        Assert.Equal("one --two\n", output);
        Assert.Equal("", error);
    }

    [Fact]
    public void Uncaught_error_goes_to_stderr()
    {
        var path = _files.Write("fail.js", "\nthrow new RangeError('out of range');\n");

        var (code, output, error) = Start("", "run", "fail.js");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("RangeError: out of range", error);
        Assert.Contains($"{path}:2", error);
    }

    [Fact]
    public void Repl_reads_piped_standard_input_and_exits_zero_at_its_end()
    {
        var (code, output, _) = Start("const n = 6\nn * 7\n");

        Assert.Equal(0, code);
        Assert.Contains("> undefined\n> 42\n> ", output);
    }
}
