using System.Globalization;

namespace Hatchery.Tests.Security;

/// <summary>
/// Script threads are kept between runs: a run on a reused thread must see only its own work, its caller's execution
/// context and culture, and the same stack as on a new thread.
/// </summary>
public class ScriptThreadTests
{
    private static readonly AsyncLocal<string?> CallerValue = new();

    [Fact]
    public void A_run_after_another_reuses_its_thread_and_sees_its_own_callers_context()
    {
        // Other test classes run scripts in parallel and may take the idle thread between two runs, so the test
        // looks for reuse over several.
        var threads = new HashSet<int>();
        for (var i = 0; i < 20; i++)
        {
            CallerValue.Value = $"caller {i}";
            var (thread, seen, isBackground) = ScriptThread.Run(() => (Environment.CurrentManagedThreadId, CallerValue.Value, Thread.CurrentThread.IsBackground));
            Assert.Equal($"caller {i}", seen);
            Assert.NotEqual(Environment.CurrentManagedThreadId, thread);
            Assert.True(isBackground);
            threads.Add(thread);
        }
        Assert.True(threads.Count < 20, "no run reused a script thread");
        CallerValue.Value = null;
        Assert.Null(ScriptThread.Run(() => CallerValue.Value));
    }

    [Fact]
    public void Each_run_sees_its_callers_culture_not_the_last_runs()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("de-DE", ScriptThread.Run(() => CultureInfo.CurrentCulture.Name));
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.Equal("", ScriptThread.Run(() => CultureInfo.CurrentCulture.Name));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public async Task Concurrent_callers_each_get_their_own_result()
    {
        var callers = Enumerable.Range(0, 4).Select(caller => Task.Run(() =>
        {
            for (var i = 0; i < 300; i++)
            {
                var expected = caller * 1000 + i;
                Assert.Equal(expected, ScriptThread.Run(() =>
                {
                    if (i % 50 == 0) Thread.Sleep(1);
                    return expected;
                }));
            }
        }));
        await Task.WhenAll(callers);
    }

    [Fact]
    public void A_failure_on_a_reused_thread_reaches_its_caller_and_leaves_the_thread_usable()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ScriptThread.Run<int>(() => throw new InvalidOperationException("run failed")));
        Assert.Equal("run failed", error.Message);
        Assert.Equal(7, ScriptThread.Run(() => 7));
    }

    [Fact]
    public void Deep_recursion_fits_on_a_reused_thread_as_on_a_new_one()
    {
        const string Recursion = "function depth(n) { try { return n === 0 ? 0 : 1 + depth(n - 1); } catch (e) { throw e; } } console.log(depth(5000));";
        var output = new StringWriter();
        for (var run = 0; run < 3; run++)
        {
            using var each = JsRuntime.Open(o => o.UseConsole(new Hatchery.Builtins.Console.WriterConsoleOutput(output, output)));
            Assert.Equal(0, each.RunEval(Recursion));
        }
        Assert.Equal("5000\n5000\n5000\n", output.ToString());
    }
}
