namespace Hatchery.Cli.Tests;

public sealed class HelpAndVersionTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Root_help_lists_the_commands()
    {
        var result = _cli.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("hatchery [command] [options]", result.Out);
        foreach (var command in new[] { "run", "eval", "repl", "modules" }) Assert.Contains("  " + command, result.Out);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("eval")]
    [InlineData("repl")]
    [InlineData("modules")]
    public void Every_command_has_help(string command)
    {
        var result = _cli.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"hatchery {command}", result.Out);
    }

    [Fact]
    public void Version_is_the_assemblys()
    {
        var result = _cli.Run("--version");

        Assert.Equal(0, result.ExitCode);
        var expected = typeof(CliApp).Assembly.GetName().Version!;
        Assert.Equal($"{expected.Major}.{expected.Minor}.{expected.Build}\n", result.Out);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var result = _cli.Run("--no-such-option");

        Assert.Equal(1, result.ExitCode);
        Assert.NotEqual("", result.Error);
    }

    [Fact]
    public void Run_without_a_file_is_a_usage_error()
    {
        var result = _cli.Run("run");

        Assert.Equal(1, result.ExitCode);
        Assert.NotEqual("", result.Error);
    }
}
