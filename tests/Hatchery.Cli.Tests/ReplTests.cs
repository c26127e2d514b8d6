namespace Hatchery.Cli.Tests;

public sealed class ReplTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>Runs a session over piped lines and returns what followed each prompt, banner dropped.</summary>
    private (int ExitCode, string[] Answers, CliResult Raw) Session(params string[] lines)
    {
        var result = _cli.RunWithInput(string.Join("\n", lines) + "\n", "repl");
        var body = result.Out[(result.Out.IndexOf("information.\n", StringComparison.Ordinal) + "information.\n".Length)..];
        var answers = body.Split("> ", StringSplitOptions.None)[1..].Select(a => a.TrimEnd('\n')).ToArray();
        return (result.ExitCode, answers, result);
    }

    [Fact]
    public void Prints_results_like_node_for_piped_input()
    {
        var (code, answers, raw) = Session("1 + 1", "'text'", "let x = 5", "x * 2");

        Assert.Equal(0, code);
        Assert.StartsWith("Welcome to Hatchery v", raw.Out);
        Assert.Equal(["2", "'text'", "undefined", "10", ""], answers);
        Assert.Equal("", raw.Error);
    }

    [Fact]
    public void Bare_hatchery_starts_the_repl()
    {
        var result = _cli.RunWithInput("6 * 7\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("> 42\n", result.Out);
    }

    [Fact]
    public void Incomplete_statement_continues_on_the_next_lines()
    {
        var (_, answers, _) = Session("function add(a, b) {", "  return a + b;", "}", "add(2, 3)");

        Assert.Equal(["... ... undefined", "5", ""], answers);
    }

    [Fact]
    public void Open_template_and_comment_continue_too()
    {
        var (_, answers, _) = Session("`a", "b`.length", "/* note", "*/ 7");

        Assert.Equal(["... 3", "... 7", ""], answers);
    }

    [Fact]
    public void Underscore_holds_the_last_result()
    {
        var (_, answers, _) = Session("20 + 1", "_ * 2");

        Assert.Equal(["21", "42", ""], answers);
    }

    [Fact]
    public void Errors_are_printed_uncaught_and_the_session_continues()
    {
        var (code, answers, _) = Session("throw new Error('boom')", "null.x", "throw 5", "a b", "_error", "'still here'");

        Assert.Equal(0, code);
        Assert.Equal("Uncaught Error: boom", answers[0]);
        Assert.Equal("Uncaught TypeError: Cannot read properties of null (reading 'x')", answers[1]);
        Assert.Equal("Uncaught 5", answers[2]);
        Assert.StartsWith("Uncaught SyntaxError: Unexpected identifier", answers[3]);
        Assert.Equal("'still here'", answers[5]);
    }

    [Fact]
    public void Object_literal_input_is_read_as_an_expression()
    {
        var (_, answers, _) = Session("{ a: 1 }.a === undefined ? 'block' : 'object'", "{ a: 1 }", "{ let b = 2; }");

        Assert.DoesNotContain("Uncaught", answers[1]);
        Assert.Equal("undefined", answers[2]);
    }

    [Fact]
    public void Let_and_const_persist_between_lines()
    {
        var (_, answers, _) = Session("const k = 3", "let m = k + 1", "m * k");

        Assert.Equal(["undefined", "undefined", "12", ""], answers);
    }

    [Fact]
    public void Require_resolves_from_the_current_directory()
    {
        _cli.Write("local.js", "module.exports = { name: 'local module' };");

        var (_, answers, _) = Session("require('./local').name");

        Assert.Equal("'local module'", answers[0]);
    }

    [Fact]
    public void Console_output_appears_before_the_result()
    {
        var (_, answers, _) = Session("console.log('printed')");

        Assert.Equal("printed\nundefined", answers[0]);
    }

    [Fact]
    public void Help_lists_the_dot_commands()
    {
        var (_, answers, _) = Session(".help");

        foreach (var command in new[] { ".break", ".clear", ".exit", ".help", ".history" }) Assert.Contains(command, answers[0]);
    }

    [Fact]
    public void Exit_ends_the_session_with_code_zero()
    {
        var (code, answers, _) = Session("1", ".exit", "2");

        Assert.Equal(0, code);
        Assert.Equal(["1", ""], answers);
    }

    [Fact]
    public void Process_exit_ends_the_session_with_its_code()
    {
        var (code, _, _) = Session("process.exit(5)", "2");

        Assert.Equal(5, code);
    }

    [Fact]
    public void Break_abandons_a_pending_statement()
    {
        var (_, answers, _) = Session("function broken() {", ".break", "'fresh'");

        Assert.Equal(["... ", "'fresh'", ""], answers);
    }

    [Fact]
    public void History_lists_the_session_lines()
    {
        var (_, answers, _) = Session("1 + 1", "'two'", ".history");

        Assert.Equal("   1  1 + 1\n   2  'two'", answers[2]);
    }

    [Fact]
    public void Unknown_dot_command_is_reported()
    {
        var (_, answers, _) = Session(".nope", ".5 + 1");

        Assert.Equal(["Invalid REPL keyword", "1.5", ""], answers);
    }

    [Fact]
    public void Timers_pending_at_end_of_input_still_run()
    {
        var (code, answers, _) = Session("setTimeout(() => console.log('late'), 5); 'scheduled'");

        Assert.Equal(0, code);
        Assert.Equal(["'scheduled'", "late"], answers);
    }

    [Fact]
    public void Execution_limit_ends_the_session_with_its_exit_code()
    {
        var result = _cli.RunWithInput("for (;;) {}\n'never'\n", "repl", "--max-statements", "1000");

        Assert.Equal(123, result.ExitCode);
        Assert.Contains("> Uncaught Error: Statement limit exceeded", result.Out);
        Assert.DoesNotContain("'never'", result.Out);
    }

    [Fact]
    public void Load_and_save_round_trip_through_a_file()
    {
        _cli.Write("defs.js", "var loaded = 'yes';");

        var (_, answers, _) = Session(".load defs.js", "loaded", ".save session.js");

        Assert.Equal("'yes'", answers[1]);
        Assert.Equal("loaded\n", File.ReadAllText(Path.Combine(_cli.WorkingDirectory, "session.js")));
    }
}
