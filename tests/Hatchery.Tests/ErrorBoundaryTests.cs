using Jint;
using Jint.Native;

namespace Hatchery.Tests;

public class ErrorBoundaryTests
{
    [Fact]
    public void CallReportsAMissingModuleAsAScriptException()
    {
        using var runtime = JsRuntime.Open();
        var load = runtime.Evaluate("(name) => import(name)");
        var require = runtime.Evaluate("(name) => require(name)");
        var error = Assert.Throws<ScriptException>(() => runtime.Call(require, "./does-not-exist"));
        Assert.Equal("Error", error.ErrorName);
        Assert.StartsWith("Cannot find module './does-not-exist'", error.ErrorMessage);
        Assert.NotNull(load);
    }

    [Fact]
    public void EvaluatePreparedReportsARequireFailureAsAScriptException()
    {
        using var tree = TestHost.Files(("broken.js", "module.exports = {"));
        using var runtime = JsRuntime.Open(o => o.UseBaseDirectory(tree.Root));
        var script = Engine.PrepareScript("require('./broken')", "main.js");
        var error = Assert.Throws<ScriptException>(() => runtime.Evaluate(script));
        Assert.Equal("SyntaxError", error.ErrorName);
    }

    [Fact]
    public void CallReportsAFailingRequireOfASyntaxErrorAsAScriptException()
    {
        using var tree = TestHost.Files(("broken.js", "module.exports = {"));
        using var runtime = JsRuntime.Open(o => o.UseBaseDirectory(tree.Root));
        var require = runtime.Evaluate("() => require('./broken')");
        var error = Assert.Throws<ScriptException>(() => runtime.Call(require));
        Assert.Equal("SyntaxError", error.ErrorName);
        Assert.Contains("broken.js", error.ErrorMessage + error.JsStack + error.Location);
    }

    [Fact]
    public void EveryLimitIsAScriptLimitExceptionNamingIt()
    {
        using (var time = JsRuntime.Open(o => o.LimitTime(TimeSpan.FromMilliseconds(50))))
        {
            var e = Assert.Throws<ScriptLimitException>(() => time.Call(time.Evaluate("() => { for (;;) {} }")));
            Assert.Equal(ScriptLimit.Time, e.Limit);
        }
        using (var statements = JsRuntime.Open(o => o.LimitStatements(100)))
        {
            var e = Assert.Throws<ScriptLimitException>(() => statements.Evaluate("for (let i = 0; i < 1e6; i++) {}", "count.js"));
            Assert.Equal(ScriptLimit.Statements, e.Limit);
        }
        using (var memory = JsRuntime.Open(o => o.LimitMemory(1_000_000)))
        {
            var e = Assert.Throws<ScriptLimitException>(() => memory.Evaluate("const a = []; for (;;) a.push({ x: a.length })"));
            Assert.Equal(ScriptLimit.Memory, e.Limit);
        }
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        using var cancelled = JsRuntime.Open(o => o.UseCancellation(cancellation.Token));
        Assert.Equal(ScriptLimit.Cancelled, Assert.Throws<ScriptLimitException>(() => cancelled.Evaluate("for (;;) {}")).Limit);
    }

    [Fact]
    public void RequireFromTheHostReportsAScriptException()
    {
        using var runtime = JsRuntime.Open();
        Assert.Equal("Error", Assert.Throws<ScriptException>(() => runtime.Require("./nowhere")).ErrorName);
        Assert.IsType<JsValue>(runtime.Require("path"), exactMatch: false);
    }
}
