namespace Hatchery.Tests.Modules;

/// <summary>
/// Where errors in a CommonJS module point: the file's own line and column, as Node reports them for the same file
/// (recorded with Node 20.20.2), with no frame for the module wrapper.
/// </summary>
public sealed class ErrorLocationTests
{
    [Fact]
    public void AThrowOnTheFirstLineReportsTheFilesOwnColumns()
    {
        // node loc.js: "at f (loc.js:1:35)" and "at Object.<anonymous> (loc.js:1:55)".
        using var tree = TestHost.Files(("loc.js", "const a = 1; function f() { throw new Error('boom') } f();\n"));
        var (runtime, _) = TestHost.Open(o => o.UseBaseDirectory(tree.Root));
        using (runtime)
        {
            var error = Assert.Throws<ScriptException>(() => runtime.Require("./loc.js"));
            Assert.Equal($"{tree["loc.js"]}:1:35", error.Location);
            var frames = Frames(error.JsStack);
            Assert.Equal(2, frames.Length);
            Assert.Equal($"at f ({tree["loc.js"]}:1:35)", frames[0]);
            Assert.EndsWith($"{tree["loc.js"]}:1:55", frames[1]);
        }
    }

    [Fact]
    public void NoFrameLiesPastTheEndOfTheFile()
    {
        using var tree = TestHost.Files(
            ("lib.js", "exports.boom = () => { throw new Error('b') }\n"),
            ("main.js", "const lib = require('./lib');\ntry { lib.boom() } catch (e) { console.log(e.stack) }\n"));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(tree.Root));
        using (runtime)
        {
            Assert.Equal(0, runtime.RunMain("main.js"));
            // node main.js: "at exports.boom (lib.js:1:30)", "at Object.<anonymous> (main.js:2:11)", then its loader.
            var frames = Frames(output.Out);
            Assert.Equal(2, frames.Length);
            Assert.EndsWith($"{tree["lib.js"]}:1:30)", frames[0]);
            Assert.Contains($"{tree["main.js"]}:2:", frames[1]);
        }
    }

    [Fact]
    public void ASyntaxErrorOnTheFirstLineReportsTheFilesOwnColumn()
    {
        using var tree = TestHost.Files(("bad.js", "let x = 1; let x = 2;\n"));
        var (runtime, _) = TestHost.Open(o => o.UseBaseDirectory(tree.Root));
        using (runtime)
        {
            var error = Assert.Throws<ScriptException>(() => runtime.Require("./bad.js"));
            Assert.Equal("SyntaxError", error.ErrorName);
            Assert.StartsWith($"{tree["bad.js"]}:1\nlet x = 1; let x = 2;\n               ^\n", error.JsStack);
        }
    }

    private static string[] Frames(string stack) =>
        stack.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("at ", StringComparison.Ordinal)).ToArray();
}
