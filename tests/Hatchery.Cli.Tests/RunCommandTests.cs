namespace Hatchery.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Successful_script_exits_zero_and_prints_to_stdout()
    {
        _cli.Write("ok.js", "console.log('hello ' + (6 * 7));");

        var result = _cli.Run("run", "ok.js");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("hello 42\n", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void File_without_subcommand_runs_like_node_FILE()
    {
        _cli.Write("ok.js", "console.log('direct');");

        var result = _cli.Run("ok.js");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("direct\n", result.Out);
    }

    [Fact]
    public void Uncaught_error_exits_one_with_stack_and_location_on_stderr()
    {
        var path = _cli.Write("throws.js", "function fail() {\n  throw new Error('boom');\n}\nfail();\n");

        var result = _cli.Run("run", "throws.js");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("Error: boom", result.Error);
        Assert.Contains($"{path}:2", result.Error);
        Assert.Contains("    at ", result.Error);
    }

    [Fact]
    public void Process_exit_code_is_the_exit_code()
    {
        _cli.Write("exit.js", "console.log('before'); process.exit(3); console.log('after');");

        var result = _cli.Run("run", "exit.js");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("before\n", result.Out);
    }

    [Fact]
    public void Process_exitCode_is_used_after_a_normal_finish()
    {
        _cli.Write("code.js", "process.exitCode = 4; setTimeout(() => console.log('timer ran'), 1);");

        var result = _cli.Run("run", "code.js");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("timer ran\n", result.Out);
    }

    [Fact]
    public void Arguments_after_the_file_reach_process_argv_untouched()
    {
        var path = _cli.Write("argv.js", "console.log(JSON.stringify(process.argv.slice(1)));");

        var result = _cli.Run("run", "argv.js", "plain", "--foo", "-x", "--help", "--", "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"[\"{path}\",\"plain\",\"--foo\",\"-x\",\"--help\",\"--\",\"--version\"]\n", result.Out);
    }

    [Fact]
    public void Syntax_error_names_file_and_line_and_exits_one()
    {
        var path = _cli.Write("bad.js", "const a = 1;\nconst b = ;\n");

        var result = _cli.Run("run", "bad.js");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:2", result.Error);
        Assert.Contains("SyntaxError", result.Error);
        // Printed once, not once from the message and again from the stack.
        Assert.Equal(result.Error.IndexOf("SyntaxError", StringComparison.Ordinal), result.Error.LastIndexOf("SyntaxError", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_file_reports_cannot_find_module_with_the_absolute_path()
    {
        var result = _cli.Run("run", "nowhere.js");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Cannot find module '{Path.Combine(_cli.WorkingDirectory, "nowhere.js")}'", result.Error);
    }

    [Fact]
    public void Execution_limit_is_reported_with_its_own_exit_code()
    {
        _cli.Write("spin.js", "while (true) {}");

        var result = _cli.Run("run", "--max-statements", "1000", "spin.js");

        Assert.Equal(123, result.ExitCode);
        Assert.StartsWith("Error: Statement limit exceeded", result.Error);
    }

    [Fact]
    public void Memory_limit_option_stops_an_allocating_script()
    {
        _cli.Write("grow.js", "const all = []; for (;;) all.push({ n: all.length });");

        var result = _cli.Run("run", "--memory-limit", "1000000", "grow.js");

        Assert.Equal(122, result.ExitCode);
        Assert.StartsWith("Error: Memory limit exceeded", result.Error);
    }

    [Theory]
    [InlineData("--timeout", "0")]
    [InlineData("--timeout", "-5")]
    [InlineData("--timeout", "99999999999")]
    [InlineData("--max-statements", "0")]
    [InlineData("--memory-limit", "-1")]
    [InlineData("--memory-limit", "9223372036854775807")]
    public void A_limit_that_is_not_a_real_limit_is_a_usage_error(string option, string value)
    {
        _cli.Write("ok.js", "console.log('ran');");

        var result = _cli.Run("run", option, value, "ok.js");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(option, result.Error);
        Assert.DoesNotContain("ran", result.Out);
    }

    [Fact]
    public void Timeout_option_stops_a_runaway_script()
    {
        _cli.Write("spin.js", "while (true) {}");

        var result = _cli.Run("--timeout", "200", "spin.js");

        Assert.Equal(124, result.ExitCode);
        Assert.StartsWith("Error: Time limit exceeded", result.Error);
    }

    [Fact]
    public void Require_resolves_relative_to_the_script()
    {
        _cli.Write("lib/value.js", "module.exports = 'from lib';");
        _cli.Write("lib/main.js", "console.log(require('./value'));");

        var result = _cli.Run("run", "lib/main.js");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("from lib\n", result.Out);
    }
}
