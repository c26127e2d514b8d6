using System.Text.Json;

namespace Hatchery.Tests.CallLog;

/// <summary>How values are written to the log: faithfully, distinguishably, cut when large, and without running script.</summary>
public sealed class CallLogValueTests : IDisposable
{
    private readonly TempTree _tree = TestHost.Files();

    public void Dispose() => _tree.Dispose();

    // The args column of one probe.take(...) call made by the given expression list.
    private string Logged(string arguments, string setup = "", int? limit = null)
    {
        var db = _tree[$"values-{Guid.NewGuid():N}.db"];
        using (var runtime = EngineFactory.Create(o => o.UseConsole(new CapturedOutput()).AddNativeModule(new ProbeModule())
                   .UseCallLog(db, c => { if (limit is { } l) c.LimitValueSize(l); })).NewRuntime())
        {
            runtime.Evaluate($"{setup}; require('probe').take({arguments});");
        }
        var args = Assert.Single(CallLogDatabase.Calls(db, "function = 'take'")).Args;
        using var _ = JsonDocument.Parse(args);
        return args;
    }

    [Theory]
    [InlineData("1, 'two', true, null", "[1,\"two\",true,null]")]
    [InlineData("undefined", "[{\"$type\":\"undefined\"}]")]
    [InlineData("NaN, -0, 0, Infinity, -Infinity, 1.5", "[{\"$type\":\"number\",\"value\":\"NaN\"},{\"$type\":\"number\",\"value\":\"-0\"},0,{\"$type\":\"number\",\"value\":\"Infinity\"},{\"$type\":\"number\",\"value\":\"-Infinity\"},1.5]")]
    [InlineData("12345678901234567890n", "[{\"$type\":\"bigint\",\"value\":\"12345678901234567890\"}]")]
    [InlineData("Symbol('tag')", "[{\"$type\":\"symbol\",\"value\":\"Symbol(tag)\"}]")]
    [InlineData("new Date(0), new Date(NaN)", "[{\"$type\":\"Date\",\"value\":\"1970-01-01T00:00:00.000Z\"},{\"$type\":\"Date\",\"value\":\"Invalid Date\"}]")]
    [InlineData("Buffer.from('hi'), new Uint8Array([1, 2]), new Float64Array([0.5])", "[{\"$type\":\"Buffer\",\"base64\":\"aGk=\"},{\"$type\":\"Uint8Array\",\"values\":[1,2]},{\"$type\":\"Float64Array\",\"values\":[0.5]}]")]
    [InlineData("function f() {}, () => 1, class A {}", "[\"<function>\",\"<function>\",\"<function>\"]")]
    [InlineData("[1, , 3], { a: [{ b: 'c' }] }", "[[1,{\"$type\":\"hole\"},3],{\"a\":[{\"b\":\"c\"}]}]")]
    [InlineData("{ $type: 'x', $$y: 1 }", "[{\"$$type\":\"x\",\"$$$y\":1}]")]
    [InlineData("new Map([[1, 2]]), new Set(), Promise.resolve(1), /re/g", "[{\"$type\":\"Map\"},{\"$type\":\"Set\"},{\"$type\":\"Promise\"},{\"$type\":\"RegExp\"}]")]
    [InlineData("new TypeError('bad')", "[{\"$type\":\"Error\",\"name\":\"TypeError\",\"message\":\"bad\"}]")]
    [InlineData("'line\\n\"quoted\"\\\\ \\u0001'", "[\"line\\n\\\"quoted\\\"\\\\ \\u0001\"]")]
    public void Values_are_written_faithfully_and_distinguishably(string arguments, string expected) =>
        Assert.Equal(expected, Logged(arguments));

    [Fact]
    public void A_cycle_is_cut_with_a_marker_and_shared_objects_are_not_cycles()
    {
        Assert.Equal("[{\"x\":1,\"self\":{\"$type\":\"circular\"},\"list\":[{\"$type\":\"circular\"}]},{\"p\":{\"v\":1},\"q\":{\"v\":1}}]",
            Logged("a, { p: shared, q: shared }", "const a = { x: 1 }; a.self = a; a.list = [a]; const shared = { v: 1 };"));
    }

    [Fact]
    public void Getters_and_proxies_are_recorded_without_running_them_so_the_script_sees_nothing()
    {
        var db = _tree["hostile.db"];
        using (var runtime = EngineFactory.Create(o => o.UseConsole(new CapturedOutput()).AddNativeModule(new ProbeModule()).UseCallLog(db)).NewRuntime())
        {
            var result = runtime.Evaluate("""
                let touched = 0;
                const trap = () => { touched++; throw new Error('trap ran'); };
                const hostile = { ok: 1, get boom() { touched++; throw new Error('getter ran'); } };
                const proxy = new Proxy({}, { get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap, has: trap });
                const fnProxy = new Proxy(function () {}, { get: trap, apply: trap });
                require('probe').take(hostile, proxy, [proxy], fnProxy);
                touched;
                """);
            Assert.Equal(0, result.AsNumber());
        }
        Assert.Equal("[{\"ok\":1,\"boom\":{\"$type\":\"getter\"}},{\"$type\":\"Proxy\"},[{\"$type\":\"Proxy\"}],{\"$type\":\"Proxy\"}]",
            Assert.Single(CallLogDatabase.Calls(db, "function = 'take'")).Args);
    }

    [Fact]
    public void A_value_over_the_size_limit_is_cut_into_a_marker_not_dropped()
    {
        var args = Logged("'x'.repeat(10000), { big: 'y'.repeat(10000) }", limit: 200);
        using var json = JsonDocument.Parse(args);
        Assert.Equal("truncated", json.RootElement.GetProperty("$type").GetString());
        Assert.Equal(200, json.RootElement.GetProperty("limit").GetInt32());
        Assert.StartsWith("[\"xxxx", json.RootElement.GetProperty("prefix").GetString());
        Assert.True(args.Length < 400, $"{args.Length} characters");
    }

    [Fact]
    public void A_large_array_or_buffer_is_cut_without_being_walked_whole()
    {
        var args = Logged("new Array(1e6).fill(7), Buffer.alloc(1e6)", limit: 100);
        using var json = JsonDocument.Parse(args);
        Assert.Equal("truncated", json.RootElement.GetProperty("$type").GetString());
        Assert.StartsWith("[[7,7,7", json.RootElement.GetProperty("prefix").GetString());
    }

    [Fact]
    public void Deep_nesting_stops_at_a_marker()
    {
        var args = Logged("deep", "let deep = {}; for (let i = 0; i < 100; i++) deep = { d: deep };", limit: 100_000);
        Assert.Contains("{\"$type\":\"nested\"}", args);
    }
}
