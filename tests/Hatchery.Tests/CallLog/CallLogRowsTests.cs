using Hatchery.CallLog;
using Jint.Native;

namespace Hatchery.Tests.CallLog;

/// <summary>What a runtime with a call log writes: exact rows for both directions, sync and async, and errors.</summary>
public sealed class CallLogRowsTests : IDisposable
{
    private readonly TempTree _tree = TestHost.Files();

    public void Dispose() => _tree.Dispose();

    private string Db => _tree["calls.db"];

    private EngineFactory Factory(Action<CallLogOptions>? configure = null) => EngineFactory.Create(o =>
        o.UseConsole(new CapturedOutput()).UseBaseDirectory(_tree.Root).AddNativeModule(new ProbeModule()).UseCallLog(Db, configure));

    [Fact]
    public void Sync_calls_in_both_directions_are_rows_with_their_arguments_results_and_runtime()
    {
        string id;
        using (var runtime = Factory().NewRuntime())
        {
            id = runtime.CallLogId!;
            var add = runtime.Evaluate("(function add(a, b) { return require('path').join(a, b); })");
            Assert.Equal("x/y", runtime.Call(add, "x", "y").ToString());
        }
        var rows = CallLogDatabase.Calls(Db);
        Assert.Equal(
            [
                ("host->js", "Evaluate", "<eval>", "[\"(function add(a, b) { return require('path').join(a, b); })\"]", "\"<function>\""),
                ("js->host", "module", "require", "[\"path\"]", null),
                ("js->host", "path", "join", "[\"x\",\"y\"]", "\"x/y\""),
                ("host->js", "Call", "add", "[\"x\",\"y\"]", "\"x/y\""),
            ],
            rows.Select(r => (r.Direction, r.Module, r.Function, r.Args, r.Module == "module" ? null : r.Result)).ToArray());
        Assert.All(rows, r => Assert.Equal(id, r.Runtime));
        Assert.All(rows, r => Assert.Null(r.ErrorName));
        Assert.All(rows, r => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$", r.Ts));
        Assert.All(rows, r => Assert.InRange(r.DurationUs, 0, 60_000_000));
        // The timestamp is the call's start: the outer call started before the calls it made.
        Assert.True(string.CompareOrdinal(rows[3].Ts, rows[1].Ts) <= 0);
        Assert.Equal(1L, CallLogDatabase.Scalar(Db, $"SELECT count(*) FROM runtimes WHERE id = '{id}' AND ended IS NOT NULL"));
    }

    [Fact]
    public async Task Async_calls_are_logged_when_their_promises_settle()
    {
        await using (var runtime = Factory().NewRuntime())
        {
            var go = runtime.Evaluate("(async function go(n) { return (await require('probe').wait(n)) + 1; })");
            Assert.Equal(21, (await runtime.CallAsync(go, [10])).AsNumber());
            var value = await runtime.EvaluateAsync("require('probe').fail(1).catch(e => e.message)", "second.js");
            Assert.Equal("it failed", value.ToString());
        }
        var rows = CallLogDatabase.Calls(Db, "direction = 'host->js' OR module = 'probe'");
        Assert.Equal(
            [
                ("host->js", "Evaluate", "<eval>", null, "\"<function>\""),
                ("js->host", "probe", "wait", "[10]", "20"),
                ("host->js", "CallAsync", "go", "[10]", "21"),
                ("js->host", "probe", "fail", "[1]", null),
                ("host->js", "EvaluateAsync", "second.js", "[\"require('probe').fail(1).catch(e => e.message)\"]", "\"it failed\""),
            ],
            rows.Select(r => (r.Direction, r.Module, r.Function, r.Module == "Evaluate" ? null : r.Args, r.Result)).ToArray());
        // The promise's time counts: wait(10) took at least its ten milliseconds, and the host call around it too.
        Assert.True(rows[1].DurationUs >= 9_000, $"wait took {rows[1].DurationUs} µs");
        Assert.True(rows[2].DurationUs >= rows[1].DurationUs);
        Assert.Equal(("Error", "it failed"), (rows[3].ErrorName, rows[3].ErrorMessage));
    }

    [Fact]
    public void A_call_that_throws_records_the_error_name_and_message_in_either_direction()
    {
        using (var runtime = Factory().NewRuntime())
        {
            var f = runtime.Evaluate("(function bad() { try { require('path').join(1); } catch (e) { } throw new RangeError('too far'); })");
            var error = Assert.Throws<ScriptException>(() => runtime.Call(f));
            Assert.Equal("RangeError", error.ErrorName);
        }
        var rows = CallLogDatabase.Calls(Db, "module IN ('path', 'Call')");
        Assert.Equal(2, rows.Count);
        Assert.Equal(("path", "join", "[1]", (string?)null, "TypeError"), (rows[0].Module, rows[0].Function, rows[0].Args, rows[0].Result, rows[0].ErrorName));
        Assert.Contains("The \"path\" argument must be of type string", rows[0].ErrorMessage);
        Assert.Equal(("Call", "bad", "RangeError", "too far"), (rows[1].Module, rows[1].Function, rows[1].ErrorName, rows[1].ErrorMessage));
        Assert.Null(rows[1].Result);
    }

    [Fact]
    public void RunMain_is_one_row_with_the_exit_code_and_the_runtime_row_records_it()
    {
        _tree.Write("main.js", "require('os').hostname(); process.exitCode = 3;");
        string id;
        using (var runtime = Factory().NewRuntime())
        {
            id = runtime.CallLogId!;
            Assert.Equal(3, runtime.RunMain("main.js", "a"));
        }
        var rows = CallLogDatabase.Calls(Db, "module IN ('os', 'RunMain')");
        // The path as the host gave it.
        Assert.Equal([("os", "hostname", "[]"), ("RunMain", "main.js", "[\"main.js\",\"a\"]")],
            rows.Select(r => (r.Module, r.Function, r.Args)).ToArray());
        Assert.Equal("3", rows[1].Result);
        Assert.Equal(3L, CallLogDatabase.Scalar(Db, $"SELECT exit_code FROM runtimes WHERE id = '{id}'"));
    }

    [Fact]
    public void Dispose_returns_only_when_every_entry_is_committed()
    {
        string id;
        using (var runtime = Factory().NewRuntime())
        {
            id = runtime.CallLogId!;
            runtime.Evaluate("const { basename } = require('path'); for (let i = 0; i < 20000; i++) basename('a/b' + i);");
        }
        // Read at once, by another connection: nothing may still be queued.
        Assert.Equal(20000L, CallLogDatabase.Scalar(Db, $"SELECT count(*) FROM calls WHERE runtime = '{id}' AND function = 'basename'"));
        Assert.Equal("\"b19999\"", CallLogDatabase.Scalar(Db, $"SELECT result FROM calls WHERE runtime = '{id}' AND function = 'basename' ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public void A_runtime_with_logging_off_writes_nothing_next_to_one_that_logs()
    {
        var factory = Factory();
        using var quiet = factory.NewRuntime(o => o.DisableCallLog());
        using var logged = factory.NewRuntime();
        Assert.Null(quiet.CallLogId);
        const string script = "{ const { basename } = require('path'); for (let i = 0; i < 100; i++) basename('a/b'); }";
        quiet.Evaluate(script);
        logged.Evaluate(script);
        quiet.Evaluate(script);
        logged.Dispose();
        quiet.Dispose();
        Assert.Equal([logged.CallLogId!], CallLogDatabase.Calls(Db).Select(r => r.Runtime).Distinct().ToArray());
        Assert.Equal(100L, CallLogDatabase.Scalar(Db, "SELECT count(*) FROM calls WHERE function = 'basename'"));
        Assert.Equal(1L, CallLogDatabase.Scalar(Db, "SELECT count(*) FROM runtimes"));
    }

    [Fact]
    public void A_runtime_can_send_its_calls_to_another_log()
    {
        var other = _tree["other.db"];
        var factory = Factory();
        using (var redirected = factory.NewRuntime(o => o.UseCallLog(other)))
        using (var usual = factory.NewRuntime())
        {
            redirected.Evaluate("require('os').hostname()");
            usual.Evaluate("require('os').tmpdir()");
        }
        Assert.Equal(["tmpdir"], CallLogDatabase.Calls(Db, "module = 'os'").Select(r => r.Function).ToArray());
        Assert.Equal(["hostname"], CallLogDatabase.Calls(other, "module = 'os'").Select(r => r.Function).ToArray());
    }

    [Fact]
    public void Functions_are_wrapped_only_in_a_runtime_that_logs()
    {
        using var plain = JsRuntime.Open(o => o.UseConsole(new CapturedOutput()));
        using var logged = Factory().NewRuntime();
        Assert.Null(plain.CallLogId);
        Assert.False(WrapsWithLog(plain.Evaluate("require('path').join")));
        Assert.True(WrapsWithLog(logged.Evaluate("require('path').join")));
    }

    // Whether the ClrFunction's delegate is the call log's closure rather than the body itself.
    private static bool WrapsWithLog(JsValue value)
    {
        var function = Assert.IsType<Jint.Runtime.Interop.ClrFunction>(value);
        var body = (Delegate)typeof(Jint.Runtime.Interop.ClrFunction).GetField("_func", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(function)!;
        return body.Target?.GetType().GetFields().Any(f => f.FieldType == typeof(RuntimeCallLog)) == true;
    }

    [Fact]
    public void A_full_queue_that_drops_counts_what_it_dropped_in_the_database()
    {
        string id;
        using (var runtime = Factory(o => o.UseQueueCapacity(1).DropWhenFull()).NewRuntime())
        {
            id = runtime.CallLogId!;
            runtime.Evaluate("const { basename } = require('path'); for (let i = 0; i < 20000; i++) basename('a/b');");
        }
        var written = (long)CallLogDatabase.Scalar(Db, $"SELECT count(*) FROM calls WHERE runtime = '{id}'")!;
        var dropped = (long)CallLogDatabase.Scalar(Db, $"SELECT dropped FROM runtimes WHERE id = '{id}'")!;
        // Every entry is either a row or counted: the 20,000 calls, require and the Evaluate around them.
        Assert.Equal(20002, written + dropped);
        Assert.True(dropped > 0, "a queue of one should have overflowed");
    }
}
