using Hatchery.NativeModules;
using Jint.Native;

namespace Hatchery.Tests;

public class RuntimeTests
{
    private sealed class GreeterModule : NativeModule
    {
        public int Loads;

        public override string Name => "greeter";

        public override string Summary => "Greets.";

        public override string Documentation => "greet(name): returns a greeting.";

        public override void Load(NativeModuleContext context)
        {
            Interlocked.Increment(ref Loads);
            var engine = context.Engine;
            context.Function("greet", 1, (_, args) => "hello " + NativeArguments.String(engine, args, 0, "name"));
            context.Function("twice", 1, (_, args) => NativeArguments.Number(engine, args, 0, "n") * 2);
            context.Function("fail", 0, (_, _) => throw new InvalidOperationException("the database is locked"));
            context.Value("version", 3);
        }
    }

    [Fact]
    public void TwoRuntimesFromOneFactoryDoNotSeeEachOthersGlobalsOrModules()
    {
        using var tree = TestHost.Files(("state.js", "globalThis.loaded = (globalThis.loaded || 0) + 1; module.exports = { value: 0 }"));
        var factory = EngineFactory.Create(o => o.UseBaseDirectory(tree.Root).UseConsole(new CapturedOutput()));
        using var first = factory.NewRuntime();
        using var second = factory.NewRuntime();
        first.Evaluate("globalThis.secret = 42; var leaked = 1; require('./state').value = 99; console.tag = 'first'");
        Assert.Equal("undefined undefined", second.Evaluate("typeof secret + ' ' + typeof leaked").AsString());
        Assert.Equal(0, second.Evaluate("require('./state').value").AsNumber());
        Assert.Equal(1, second.Evaluate("loaded").AsNumber());
        Assert.Equal("undefined", second.Evaluate("typeof console.tag").AsString());
        Assert.Equal(99, first.Evaluate("require('./state').value").AsNumber());
        Assert.NotSame(first.Engine, second.Engine);
    }

    [Fact]
    public void NativeModuleLoaderRunsOncePerRuntimeOnFirstRequireOnly()
    {
        var module = new GreeterModule();
        var factory = EngineFactory.Create(o => o.AddNativeModule(module));
        using var runtime = factory.NewRuntime();
        Assert.Equal(0, module.Loads);
        Assert.Equal("hello ada", runtime.Evaluate("require('greeter').greet('ada')").AsString());
        runtime.Evaluate("require('node:greeter'); require('greeter')");
        Assert.Equal(1, module.Loads);
        using var other = factory.NewRuntime();
        Assert.Equal(3, other.Evaluate("require('greeter').version").AsNumber());
        Assert.Equal(2, module.Loads);
    }

    [Fact]
    public void NativeFunctionWithWrongArgumentTypeThrowsACatchableTypeError()
    {
        using var runtime = JsRuntime.Open(o => o.AddNativeModule(new GreeterModule()));
        var result = runtime.Evaluate("""
            const g = require('greeter');
            const out = [];
            for (const call of [() => g.greet(5), () => g.greet(), () => g.twice('2'), () => g.greet({})]) {
              try { call(); out.push('no error') } catch (e) { out.push(`${e instanceof TypeError} ${e.code} ${e.message}`) }
            }
            out.join('\n')
            """).AsString();
        Assert.Equal(
            "true ERR_INVALID_ARG_TYPE The \"name\" argument must be of type string. Received type number (5)\n" +
            "true ERR_INVALID_ARG_TYPE The \"name\" argument must be of type string. Received undefined\n" +
            "true ERR_INVALID_ARG_TYPE The \"n\" argument must be of type number. Received type string ('2')\n" +
            "true ERR_INVALID_ARG_TYPE The \"name\" argument must be of type string. Received an instance of Object",
            result);
    }

    [Fact]
    public void ExceptionFromNativeFunctionSurfacesAsCatchableError()
    {
        using var runtime = JsRuntime.Open(o => o.AddNativeModule(new GreeterModule()));
        var caught = runtime.Evaluate("try { require('greeter').fail(); 'no' } catch (e) { (e instanceof Error) + ' ' + e.message }").AsString();
        Assert.Equal("true the database is locked", caught);
        var escaped = Assert.Throws<ScriptException>(() => runtime.Evaluate("require('greeter').fail()"));
        Assert.Contains("the database is locked", escaped.ErrorMessage);
    }

    [Fact]
    public void NativeModulesCanBeIncludedAndExcludedByName()
    {
        using var without = JsRuntime.Open(o => o.ExcludeNativeModules("path"));
        var error = Assert.Throws<ScriptException>(() => without.Evaluate("require('path')"));
        Assert.StartsWith("Cannot find module 'path'", error.ErrorMessage);
        using var only = JsRuntime.Open(o => o.AddNativeModule(new GreeterModule()).IncludeNativeModules("greeter"));
        Assert.Equal(["greeter"], only.Factory.NativeModules.All.Select(m => m.Name));
    }

    [Fact]
    public void CustomSourceLoaderServesModulesFromMemory()
    {
        var files = new Dictionary<string, string>
        {
            ["/virtual/app/main.js"] = "const lib = require('./lib'); const pkg = require('pkg'); console.log(lib.answer, pkg.name, require('./data.json').ok)",
            ["/virtual/app/lib/index.js"] = "exports.answer = 42",
            ["/virtual/app/data.json"] = "{ \"ok\": true }",
            ["/virtual/node_modules/pkg/package.json"] = "{ \"main\": \"entry\" }",
            ["/virtual/node_modules/pkg/entry.js"] = "exports.name = 'pkg'",
        };
        var requested = new List<string>();
        var output = new CapturedOutput();
        using var runtime = JsRuntime.Open(o => o
            .UseSourceLoader(path =>
            {
                lock (requested) requested.Add(path);
                return files.GetValueOrDefault(path);
            })
            .UseBaseDirectory("/virtual/app")
            .UseConsole(output));
        Assert.Equal(0, runtime.RunMain("main.js"));
        Assert.Equal("42 pkg true\n", output.Out);
        // Outside the tree only package.json files are probed: the package-scope lookup walks up to the root, as Node's does.
        Assert.DoesNotContain(requested, p => !p.StartsWith("/virtual/", StringComparison.Ordinal) && !p.EndsWith("/package.json", StringComparison.Ordinal));
        var missing = Assert.Throws<ScriptException>(() => runtime.Require("./nope"));
        Assert.Contains("Cannot find module './nope'", missing.ErrorMessage);
    }

    [Fact]
    public void EvaluateReportsSyntaxErrorsWithFileLineAndColumn()
    {
        using var runtime = JsRuntime.Open();
        var error = Assert.Throws<ScriptException>(() => runtime.Evaluate("let ok = 1;\nlet = = 2;", "input.js"));
        Assert.Equal("SyntaxError", error.ErrorName);
        // As in Node, the place is the stack's source frame (file:line, the line, a caret), not part of the message.
        Assert.StartsWith("input.js:2\nlet = = 2;\n      ^\n", error.JsStack);
    }

    [Fact]
    public void UncaughtErrorsCarryNameMessageAndLocation()
    {
        using var runtime = JsRuntime.Open();
        var error = Assert.Throws<ScriptException>(() => runtime.Evaluate("\nfunction f() { throw new RangeError('too far') }\nf()", "calc.js"));
        Assert.Equal("RangeError", error.ErrorName);
        Assert.Equal("too far", error.ErrorMessage);
        Assert.StartsWith("calc.js:2:", error.Location);
        Assert.StartsWith("RangeError: too far\n    at f (calc.js:2:", error.JsStack);
    }

    [Fact]
    public void RunawayLoopIsStoppedByTheTimeLimit()
    {
        using var tree = TestHost.Files(("spin.js", "while (true) {}"));
        var output = new CapturedOutput();
        using var runtime = JsRuntime.Open(o => o.UseBaseDirectory(tree.Root).LimitTime(TimeSpan.FromMilliseconds(200)).UseConsole(output));
        Assert.Equal(124, runtime.RunMain("spin.js"));
        Assert.Contains("Time limit exceeded", output.Error);
        // The limit stopped the runtime for good.
        Assert.Equal(ScriptLimit.Time, runtime.StoppedBy);
        Assert.Equal(ScriptLimit.Time, Assert.Throws<RuntimeStoppedException>(() => runtime.Evaluate("1")).Limit);
    }

    [Fact]
    public void StatementAndRecursionLimitsStopScripts()
    {
        using var statements = JsRuntime.Open(o => o.LimitStatements(1000));
        Assert.Equal(ScriptLimit.Statements, Assert.Throws<ScriptLimitException>(() => statements.Evaluate("for (let i = 0; i < 1e6; i++) {}")).Limit);
        using var recursion = JsRuntime.Open(o => o.LimitRecursion(50));
        var error = Assert.ThrowsAny<Exception>(() => recursion.Evaluate("function r(n) { return r(n + 1) } r(0)"));
        Assert.True(error is ScriptLimitException { Limit: ScriptLimit.Recursion } || error is ScriptException { ErrorName: "RangeError" }, error.GetType().Name);
    }

    [Fact]
    public void CancellationTokenStopsARunningScript()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        using var runtime = JsRuntime.Open(o => o.UseCancellation(cancellation.Token));
        Assert.Equal(ScriptLimit.Cancelled, Assert.Throws<ScriptLimitException>(() => runtime.Evaluate("while (true) {}")).Limit);
        Assert.True(cancellation.IsCancellationRequested);
    }

    [Fact]
    public void ProcessExitAndExitCodeDecideRunMainsResult()
    {
        using var tree = TestHost.Files(
            ("exit.js", "process.on('exit', (c) => console.log('exiting', c)); setTimeout(() => console.log('never'), 50); process.exit(3)"),
            ("code.js", "process.exitCode = 4; setTimeout(() => console.log('still ran'), 1)"),
            ("throws.js", "setTimeout(() => { throw new Error('late failure') }, 1)"),
            ("caught.js", "try { process.exit(5) } catch (e) { console.log('caught exit?!') }"));
        foreach (var (file, expectedCode, expectedOut) in new[] { ("exit.js", 3, "exiting 3\n"), ("code.js", 4, "still ran\n"), ("throws.js", 1, ""), ("caught.js", 5, "") })
        {
            var output = new CapturedOutput();
            using var runtime = JsRuntime.Open(o => o.UseBaseDirectory(tree.Root).UseConsole(output));
            Assert.Equal(expectedCode, runtime.RunMain(file));
            Assert.Equal(expectedOut, output.Out);
            if (file == "throws.js") Assert.Contains("Error: late failure", output.Error);
        }
    }

    [Fact]
    public void RunMainPassesArgumentsInProcessArgv()
    {
        using var tree = TestHost.Files(("args.js", "console.log(JSON.stringify(process.argv.slice(1)))"));
        var output = new CapturedOutput();
        using var runtime = JsRuntime.Open(o => o.UseBaseDirectory(tree.Root).UseConsole(output));
        Assert.Equal(0, runtime.RunMain("args.js", "--flag", "two words"));
        Assert.Equal($"[\"{tree["args.js"]}\",\"--flag\",\"two words\"]\n", output.Out);
    }

    [Fact]
    public void DisposedRuntimeRefusesWork()
    {
        var runtime = JsRuntime.Open();
        runtime.Dispose();
        Assert.Throws<ObjectDisposedException>(() => runtime.Evaluate("1"));
    }
}
