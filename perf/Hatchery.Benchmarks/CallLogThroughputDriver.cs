using System.Diagnostics;
using System.Globalization;
using Hatchery.Benchmarks.Support;
using Microsoft.Data.Sqlite;

namespace Hatchery.Benchmarks;

/// <summary>
/// Sustained call-log throughput from one runtime (docs/perf.md, "Call log"): <c>--call-log-throughput COUNT</c> makes
/// COUNT native calls in one runtime with the log off, then with it on, timing each from the first call until
/// <c>Dispose</c> returned (so every entry is committed), and checks that the database holds exactly COUNT rows.
/// Prints calls per second and the time added per call; three rounds, the median printed last.
/// </summary>
public static class CallLogThroughputDriver
{
    public static int Run(int count)
    {
        var script = $"{{ const {{ add }} = require('{HostMathModule.ModuleName}'); let s = 0; for (let i = 0; i < {count}; i++) s = add(s, 1); }}";
        var plain = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance).AddNativeModule(new HostMathModule()));
        var path = Path.Combine(Path.GetTempPath(), $"hatchery-calllog-throughput-{Environment.ProcessId}.db");
        var logged = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance).AddNativeModule(new HostMathModule()).UseCallLog(path));
        var added = new List<double>();
        var rates = new List<double>();
        try
        {
            Time(plain, script);
            Time(logged, script);
            for (var round = 0; round < 3; round++)
            {
                var off = Time(plain, script);
                var (on, id) = TimeLogged(logged, script);
                var rows = Rows(path, id);
                if (rows != count) throw new InvalidOperationException($"expected {count} rows for runtime {id}, found {rows}");
                var rate = count / on.TotalSeconds;
                var perCall = (on - off).TotalMicroseconds / count;
                rates.Add(rate);
                added.Add(perCall);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round + 1}: off {off.TotalMilliseconds:0} ms, on {on.TotalMilliseconds:0} ms (to Dispose, {rows} rows committed): {rate:0} logged calls/s, {perCall:0.00} µs added per call"));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median: {rates.Order().ElementAt(1):0} logged calls/s, {added.Order().ElementAt(1):0.00} µs added per call"));
            return 0;
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        }
    }

    private static TimeSpan Time(EngineFactory factory, string script)
    {
        var clock = Stopwatch.StartNew();
        using (var runtime = factory.NewRuntime()) runtime.Evaluate(script);
        return clock.Elapsed;
    }

    private static (TimeSpan, string) TimeLogged(EngineFactory factory, string script)
    {
        var clock = Stopwatch.StartNew();
        string id;
        using (var runtime = factory.NewRuntime())
        {
            id = runtime.CallLogId!;
            runtime.Evaluate(script);
        }
        return (clock.Elapsed, id);
    }

    private static long Rows(string path, string runtime)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM calls WHERE runtime = $runtime AND function = 'add'";
        command.Parameters.AddWithValue("$runtime", runtime);
        return (long)command.ExecuteScalar()!;
    }
}
