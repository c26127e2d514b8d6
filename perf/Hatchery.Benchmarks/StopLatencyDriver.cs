using System.Diagnostics;
using System.Globalization;
using Hatchery.Benchmarks.Support;

namespace Hatchery.Benchmarks;

/// <summary>
/// How long after its time limit a runaway run stops (docs/security.md): <c>--stop-latency COUNT</c> runs each
/// runaway shape COUNT times under a 200 ms limit with <c>RunEval</c>, after one warm-up run, and prints the median and
/// the worst overshoot past the limit. A measurement to read, not a test: it asserts nothing.
/// </summary>
public static class StopLatencyDriver
{
    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(200);

    private static readonly (string Name, string Code)[] Shapes =
    [
        ("busy loop", "for (;;) {}"),
        ("setInterval 0", "setInterval(() => {}, 0)"),
        ("setImmediate loop", "(function again() { setImmediate(again) })()"),
        ("nextTick loop", "(function again() { process.nextTick(again) })()"),
        ("promise chain", "(function again() { Promise.resolve().then(again) })()"),
        ("24-day timer", "setTimeout(() => {}, 2 ** 31 - 1)"),
        ("catastrophic regex", "/(a+)+$/.test('a'.repeat(40) + 'b')"),
        ("Array(2**31).join", "Array(2 ** 31).join('x')"),
    ];

    public static int Run(int count)
    {
        var factory = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance).LimitTime(Limit));
        Console.WriteLine($"limit {Limit.TotalMilliseconds} ms, {count} runs per shape; overshoot past the limit, ms");
        foreach (var (name, code) in Shapes)
        {
            Measure(factory, code);
            var overshoots = Enumerable.Range(0, count).Select(_ => Measure(factory, code) - Limit.TotalMilliseconds).Order().ToArray();
            var median = overshoots[overshoots.Length / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-20} median {median,8:0.0}   worst {overshoots[^1],8:0.0}"));
        }
        return 0;
    }

    private static double Measure(EngineFactory factory, string code)
    {
        using var runtime = factory.NewRuntime();
        var watch = Stopwatch.StartNew();
        var exit = runtime.RunEval(code);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (exit != 124) throw new InvalidOperationException($"'{code}' ended with {exit}, not the time limit's 124");
        return elapsed;
    }
}
