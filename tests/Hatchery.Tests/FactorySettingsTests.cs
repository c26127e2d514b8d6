using Hatchery.NativeModules;

namespace Hatchery.Tests;

public class FactorySettingsTests
{
    private sealed class EchoModule : NativeModule
    {
        public override string Name => "echo";

        public override string Summary => "Echoes.";

        public override string Documentation => "echo(x): returns x.";

        public override void Load(NativeModuleContext context) => context.Function("echo", 1, (_, args) => args.Length > 0 ? args[0] : Jint.Native.JsValue.Undefined);
    }

    [Fact]
    public void ChangingTheOptionsAfterTheFactoryIsBuiltChangesNothing()
    {
        var first = new CapturedOutput();
        var later = new CapturedOutput();
        var options = new EngineOptions().UseConsole(first);
        var factory = new EngineFactory(options);
        options.UseConsole(later).LimitTime(TimeSpan.FromMilliseconds(50)).UseBaseDirectory("/elsewhere");

        using var runtime = factory.NewRuntime();
        runtime.Evaluate("console.log('to the first'); const end = Date.now() + 200; while (Date.now() < end) {}");
        Assert.Equal("to the first\n", first.Out);
        Assert.Equal("", later.Out);
        Assert.Null(factory.Settings.Timeout);
        Assert.Same(first, factory.Settings.ConsoleOutput);
        Assert.NotEqual("/elsewhere", runtime.BaseDirectory);
    }

    [Fact]
    public void SettingsCopyTheEnvironmentAndJsonOptions()
    {
        var environment = new Dictionary<string, string> { ["MODE"] = "test" };
        var json = new System.Text.Json.JsonSerializerOptions();
        var options = new EngineOptions().UseEnvironment(environment).UseJsonSerializerOptions(json);
        var factory = new EngineFactory(options);
        environment["MODE"] = "changed";
        json.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
        using var runtime = factory.NewRuntime();
        Assert.Equal("test", runtime.Evaluate("process.env.MODE").AsString());
        Assert.Null(factory.Settings.JsonSerializerOptions.PropertyNamingPolicy);
        Assert.True(factory.Settings.JsonSerializerOptions.IsReadOnly);
    }

    [Fact]
    public void IncludeNativeModulesKeepsACustomModuleAddedAfterwards()
    {
        using var runtime = JsRuntime.Open(o => o.IncludeNativeModules("path").AddNativeModule(new EchoModule()));
        Assert.Equal("hi", runtime.Evaluate("require('echo').echo('hi')").AsString());
        Assert.Equal("/a/b", runtime.Evaluate("require('path').join('/a', 'b')").AsString());
        Assert.Equal("MODULE_NOT_FOUND", Assert.Throws<ScriptException>(() => runtime.Evaluate("require('os')")).Error.AsObject().Get("code").AsString());
    }

    [Fact]
    public void DynamicImportFromEvaluateResolvesAgainstTheBaseDirectory()
    {
        using var tree = TestHost.Files(("x.mjs", "export const where = 'base directory';"));
        Assert.NotEqual(tree.Root, Directory.GetCurrentDirectory());
        using var runtime = JsRuntime.Open(o => o.UseBaseDirectory(tree.Root));
        runtime.Evaluate("import('./x.mjs').then((m) => { globalThis.where = m.where }, (e) => { globalThis.where = String(e) })");
        runtime.RunEventLoop();
        Assert.Equal("base directory", runtime.Evaluate("where").AsString());
    }

    [Fact]
    public void DynamicImportFollowsTheRuntimesOwnBaseDirectory()
    {
        using var one = TestHost.Files(("x.mjs", "export const where = 'one';"));
        using var two = TestHost.Files(("x.mjs", "export const where = 'two';"));
        var factory = EngineFactory.Create(o => o.UseBaseDirectory(one.Root));
        using var runtime = factory.NewRuntime(o => o.UseBaseDirectory(two.Root));
        runtime.Evaluate("import('./x.mjs').then((m) => { globalThis.where = m.where }, (e) => { globalThis.where = String(e) })");
        runtime.RunEventLoop();
        Assert.Equal("two", runtime.Evaluate("where").AsString());
    }
}
