namespace Hatchery.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("eval")]
    [InlineData("-e")]
    [InlineData("--eval")]
    public void Evaluates_code_with_require_from_the_current_directory(string form)
    {
        _cli.Write("answer.js", "module.exports = 42;");

        var result = _cli.Run(form, "console.log(require('./answer'))");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("42\n", result.Out);
    }

    [Fact]
    public void Runs_the_event_loop_after_the_code()
    {
        var result = _cli.Run("-e", "setTimeout(() => console.log('later'), 5); Promise.resolve().then(() => console.log('soon'))");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("soon\nlater\n", result.Out);
    }

    [Fact]
    public void Uncaught_error_goes_to_stderr_and_exits_one()
    {
        var result = _cli.Run("eval", "null.x");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("TypeError: Cannot read properties of null (reading 'x')", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Syntax_error_exits_one()
    {
        var result = _cli.Run("-e", "let = = 1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("SyntaxError", result.Error);
    }

    [Fact]
    public void Exit_codes_follow_process_exit_and_exitCode()
    {
        Assert.Equal(3, _cli.Run("-e", "process.exit(3)").ExitCode);
        Assert.Equal(4, _cli.Run("eval", "process.exitCode = 4").ExitCode);
    }

    [Fact]
    public void Trailing_arguments_follow_the_exec_path_in_argv_as_with_node_e()
    {
        var eval = _cli.Run("eval", "console.log(JSON.stringify(process.argv.slice(1)))", "a", "--b");
        var e = _cli.Run("-e", "console.log(JSON.stringify(process.argv.slice(1)))", "a", "--b");

        Assert.Equal("[\"a\",\"--b\"]\n", eval.Out);
        Assert.Equal("[\"a\",\"--b\"]\n", e.Out);
    }

    [Fact]
    public void Execution_limit_is_reported_with_its_own_exit_code()
    {
        var result = _cli.Run("--max-statements", "500", "-e", "for (;;) {}");

        Assert.Equal(123, result.ExitCode);
        Assert.StartsWith("Error: Statement limit exceeded", result.Error);
    }
}
