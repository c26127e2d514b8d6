namespace Hatchery.Tests.Node;

/// <summary>The stream module beyond what the recorded fixtures in Fixtures/stream show.</summary>
public class StreamTests
{
    [Fact]
    public void ProcessAndConsoleDoNotLoadTheStreamModule()
    {
        using var runtime = JsRuntime.Open(o => o.UseConsole(TextWriter.Null, TextWriter.Null));
        runtime.Evaluate("process.version; process.nextTick(() => {}); console.log('x'); Object.keys(process).length");
        Assert.False(runtime.BuiltinModules.IsLoaded("stream"));
        Assert.True(runtime.Evaluate("process.stdout instanceof require('stream').Writable").AsBoolean());
        Assert.True(runtime.BuiltinModules.IsLoaded("stream"));
    }

    [Fact]
    public void ReadingStderrLoadsTheStreamModule()
    {
        using var runtime = JsRuntime.Open(o => o.UseConsole(TextWriter.Null, TextWriter.Null));
        runtime.Evaluate("process.stderr.write('')");
        Assert.True(runtime.BuiltinModules.IsLoaded("stream"));
    }

    [Fact]
    public void BareAndPrefixedNamesGiveTheSameModule()
    {
        using var runtime = JsRuntime.Open();
        Assert.True(runtime.Evaluate("require('stream') === require('node:stream') && require('stream').Stream === require('stream')" +
            " && require('stream/promises') === require('node:stream/promises')").AsBoolean());
    }
}
