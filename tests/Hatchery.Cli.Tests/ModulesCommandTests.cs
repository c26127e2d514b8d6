namespace Hatchery.Cli.Tests;

public sealed class ModulesCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Lists_every_native_module_with_its_summary()
    {
        var result = _cli.Run("modules");

        Assert.Equal(0, result.ExitCode);
        foreach (var module in EngineFactory.Create().NativeModules.All)
        {
            Assert.Contains(result.Out.Split('\n'), line => line.StartsWith(module.Name + " ", StringComparison.Ordinal) && line.EndsWith(module.Summary, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("path", "node", "native (C#)")]
    [InlineData("events", "node", "JavaScript + C#")]
    [InlineData("querystring", "node", "JavaScript")]
    [InlineData("buffer", "node", "JavaScript + C#")]
    [InlineData("process", "node", "JavaScript + C#")]
    public void Says_whose_each_module_is_and_what_it_is_written_in(string module, string origin, string writtenIn)
    {
        var result = _cli.Run("modules");

        var line = Assert.Single(result.Out.Split('\n'), l => l.StartsWith(module + " ", StringComparison.Ordinal));
        var columns = line.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal([module, origin, writtenIn], columns[..3]);
    }

    [Fact]
    public void Prints_one_modules_documentation()
    {
        var path = EngineFactory.Create().NativeModules.Find("path")!;

        var result = _cli.Run("modules", "path");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(path.Documentation.TrimEnd() + "\n", result.Out);
    }

    [Fact]
    public void Lists_and_prints_the_fetch_globals_which_have_no_require_name()
    {
        var fetch = Assert.Single(Hatchery.Builtins.BuiltinGlobals.Documented, g => g.Name == "fetch");

        Assert.Contains(_cli.Run("modules").Out.Split('\n'), line => line.StartsWith("fetch ", StringComparison.Ordinal) && line.EndsWith(fetch.Summary, StringComparison.Ordinal));
        var result = _cli.Run("modules", "fetch");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(fetch.Documentation.TrimEnd() + "\n", result.Out);
        Assert.Contains("ERR_ACCESS_DENIED", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_the_node_prefix()
    {
        Assert.Equal(0, _cli.Run("modules", "node:path").ExitCode);
    }

    [Fact]
    public void Unknown_module_is_an_error()
    {
        var result = _cli.Run("modules", "no-such-module");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("no-such-module", result.Error);
    }
}
