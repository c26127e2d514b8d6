using System.CommandLine;
using Hatchery.Cli.Commands;

namespace Hatchery.Cli.Tests;

public sealed class ScriptArgumentsTests
{
    private static Command Root()
    {
        var run = new Command("run") { new Argument<string>("file"), ScriptArguments.Create(), new Option<int?>("--timeout") };
        var modules = new Command("modules") { new Argument<string?>("name") { Arity = ArgumentArity.ZeroOrOne } };
        return new Command("hatchery")
        {
            new Argument<string?>("file") { Arity = ArgumentArity.ZeroOrOne },
            ScriptArguments.Create(),
            new Option<string?>("--eval", "-e"),
            run,
            modules,
        };
    }

    [Theory]
    [InlineData("run a.js --x", "run a.js -- --x")]
    [InlineData("run --timeout 5 a.js --help", "run --timeout 5 a.js -- --help")]
    [InlineData("run --timeout=5 a.js b", "run --timeout=5 a.js -- b")]
    [InlineData("a.js --version", "a.js -- --version")]
    [InlineData("-e code a --b", "-e code a -- --b")]
    [InlineData("run a.js -- x", "run a.js -- -- x")]
    [InlineData("run -- a.js x", "run -- a.js x")]
    [InlineData("modules path", "modules path")]
    [InlineData("--help", "--help")]
    public void Inserts_a_separator_after_the_script(string args, string expected) =>
        Assert.Equal(expected.Split(' '), ScriptArguments.Separate(Root(), args.Split(' ')));
}
