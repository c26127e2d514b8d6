using Hatchery.Cli.Repl;

namespace Hatchery.Cli.Tests;

public sealed class ReplInputTests
{
    [Theory]
    [InlineData("function f() {")]
    [InlineData("foo(")]
    [InlineData("1 +")]
    [InlineData("`open template")]
    [InlineData("/* open comment")]
    [InlineData("if (x)")]
    [InlineData("class A {")]
    public void Unfinished_input_needs_more(string code) => Assert.True(ReplInput.NeedsMoreInput(code));

    [Theory]
    [InlineData("1 + 1")]
    [InlineData("a b")]
    [InlineData("foo)")]
    [InlineData("'unterminated")]
    [InlineData("/* closed */ 1")]
    public void Complete_or_hopeless_input_does_not(string code) => Assert.False(ReplInput.NeedsMoreInput(code));

    [Theory]
    [InlineData("{a: 1}", "({a: 1}\n)")]
    [InlineData("{ let b = 2; }", "{ let b = 2; }")]
    [InlineData("{a: 1};", "{a: 1};")]
    [InlineData("1 + 1", "1 + 1")]
    public void Leading_brace_is_an_object_literal_when_it_parses_as_one(string code, string expected) =>
        Assert.Equal(expected, ReplInput.AsObjectLiteralIfIntended(code));
}
