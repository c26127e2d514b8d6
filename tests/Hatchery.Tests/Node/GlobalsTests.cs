namespace Hatchery.Tests.Node;

/// <summary>Node's globals are served lazily; they must still behave like ordinary globals to scripts.</summary>
public class GlobalsTests
{
    private static string Eval(string code)
    {
        using var runtime = JsRuntime.Open(o => o.UseConsole(new CapturedOutput()));
        return runtime.Evaluate(code).ToString();
    }

    [Fact]
    public void EveryNodeGlobalIsVisibleToTypeofInAndPropertyAccess()
    {
        foreach (var name in new[] { "console", "process", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate",
                     "clearImmediate", "queueMicrotask", "Buffer", "atob", "btoa", "TextEncoder", "TextDecoder", "URL", "URLSearchParams",
                     "Event", "EventTarget", "AbortController", "AbortSignal", "DOMException", "structuredClone", "performance", "global" })
        {
            Assert.Equal("true true true", Eval($"[typeof {name} !== 'undefined', '{name}' in globalThis, globalThis.{name} === {name}].join(' ')"));
        }
    }

    [Fact]
    public void UsedGlobalsBecomeOwnPropertiesOfTheGlobalObject()
    {
        Assert.Equal("false true true false", Eval(
            "const before = Object.keys(globalThis).includes('setTimeout'); setTimeout; " +
            "[before, Object.keys(globalThis).includes('setTimeout'), globalThis.hasOwnProperty('setTimeout'), globalThis.hasOwnProperty('clearTimeout')].join(' ')"));
    }

    [Fact]
    public void ScriptsCanShadowAndReassignGlobals()
    {
        Assert.Equal("1 2 function", Eval("var Buffer = 1; const a = Buffer; setTimeout = 2; [a, setTimeout, typeof clearTimeout].join(' ')"));
        Assert.Equal("object", Eval("let URL = {}; typeof URL"));
    }

    [Fact]
    public void GlobalIsTheGlobalObjectAndStandardBuiltinsStillResolve()
    {
        Assert.Equal("true true 3 [object Object]", Eval("[global === globalThis, global.Math === Math, Math.max(1, 3), ({}).toString()].join(' ')"));
        Assert.Equal("x is not defined", Eval("try { x } catch (e) { e.message }"));
    }

    [Fact]
    public void EachRuntimeHasItsOwnGlobalValues()
    {
        var factory = EngineFactory.Create(o => o.UseConsole(new CapturedOutput()));
        using var first = factory.NewRuntime();
        using var second = factory.NewRuntime();
        first.Evaluate("console.marker = 1; Buffer.marker = 2");
        Assert.Equal("undefined undefined", second.Evaluate("typeof console.marker + ' ' + typeof Buffer.marker").ToString());
    }
}
