namespace Hatchery.Tests.HostModules.Database;

/// <summary>Runs a test script against the database module: its asserts throw, and it prints "done" when it got through.</summary>
internal static class DatabaseScript
{
    /// <summary>Evaluates <paramref name="code"/> (which may await, inside an async function), runs the loop, returns the output.</summary>
    public static string Run(string code, Action<EngineOptions>? configure = null)
    {
        var (runtime, output) = TestHost.Open(configure);
        using (runtime)
        {
            Run(runtime, code);
        }
        return output.Out;
    }

    /// <summary>Runs <paramref name="code"/> in <paramref name="runtime"/> and checks that it reached its end.</summary>
    public static void Run(JsRuntime runtime, string code)
    {
        runtime.Evaluate($$"""
            globalThis.__result = 'pending';
            (async () => {
              const assert = require('assert');
              const db = require('database');
              {{code}}
            })().then(() => { globalThis.__result = 'done'; }, (e) => { globalThis.__result = 'FAIL ' + String(e) + '\n' + (e && e.stack); });
            """);
        runtime.RunEventLoop();
        var result = runtime.Evaluate("globalThis.__result").AsString();
        Assert.True(result == "done", result);
    }
}
