using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Hatchery.Benchmarks.Support;
using Microsoft.Data.Sqlite;

namespace Hatchery.Benchmarks;

/// <summary>
/// Call-log throughput from one runtime (docs/perf.md, "Call log"): <c>--call-log-throughput COUNT</c> makes COUNT
/// native calls in one runtime with the log off, then with it on, and checks that the database holds exactly COUNT
/// rows afterwards. Sustained: the default queue, timed from the first call until <c>Dispose</c> returned (every entry
/// committed), so the writer's pace counts. On the runtime's thread: a queue that holds every entry, timed until the
/// script returns, so what the calls themselves pay is what is added: wall time, and the thread's own CPU time
/// (<c>getrusage(RUSAGE_THREAD)</c>), which a loaded machine and the writer on the other core do not inflate. Three
/// rounds; the medians printed last.
/// </summary>
public static class CallLogThroughputDriver
{
    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, out RUsageBlittable usage);

    // struct rusage on 64-bit Linux: two timevals, then fourteen longs this driver does not read.
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct RUsageBlittable
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
    }

    // This thread's CPU time so far.
    private static TimeSpan ThreadCpu()
    {
        if (GetRUsage(1, out var usage) != 0) throw new InvalidOperationException("getrusage(RUSAGE_THREAD) failed");
        return TimeSpan.FromMicroseconds((usage.UserSeconds + usage.SystemSeconds) * 1e6 + usage.UserMicroseconds + usage.SystemMicroseconds);
    }

    public static int Run(int count)
    {
        var script = $"{{ const {{ add }} = require('{HostMathModule.ModuleName}'); let s = 0; for (let i = 0; i < {count}; i++) s = add(s, 1); }}";
        var plain = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance).AddNativeModule(new HostMathModule()));
        var path = Path.Combine(Path.GetTempPath(), $"hatchery-calllog-throughput-{Environment.ProcessId}.db");
        var logged = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance).AddNativeModule(new HostMathModule()).UseCallLog(path));
        var roomy = path + ".roomy";
        var unbounded = EngineFactory.Create(o => o.UseConsole(NullConsoleOutput.Instance).AddNativeModule(new HostMathModule())
            .UseCallLog(roomy, c => c.UseQueueCapacity(count * 2)));
        var added = new List<double>();
        var addedCpu = new List<double>();
        var writerCpu = new List<double>();
        var rates = new List<double>();
        try
        {
            Time(plain, script);
            TimeLogged(logged, script);
            TimeLogged(unbounded, script);
            for (var round = 0; round < 3; round++)
            {
                var cpu = ThreadCpu();
                var off = Time(plain, script);
                var offCpu = ThreadCpu() - cpu;
                var process = Process.GetCurrentProcess().TotalProcessorTime;
                var thread = ThreadCpu();
                var (on, _, id, _) = TimeLogged(logged, script);
                // What the other threads (the writer, mostly) spent on the run: the pace one core of the writer allows.
                var writerPerRow = ((Process.GetCurrentProcess().TotalProcessorTime - process) - (ThreadCpu() - thread)).TotalMicroseconds / count;
                writerCpu.Add(writerPerRow);
                var rows = Rows(path, id);
                if (rows != count) throw new InvalidOperationException($"expected {count} rows for runtime {id}, found {rows}");
                var (_, onThread, roomyId, onCpu) = TimeLogged(unbounded, script);
                if (Rows(roomy, roomyId) != count) throw new InvalidOperationException($"expected {count} rows for runtime {roomyId}");
                var rate = count / on.TotalSeconds;
                var perCall = (onThread - off).TotalMicroseconds / count;
                rates.Add(rate);
                added.Add(perCall);
                var perCallCpu = (onCpu - offCpu).TotalMicroseconds / count;
                addedCpu.Add(perCallCpu);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round + 1}: off {off.TotalMilliseconds:0} ms; sustained {on.TotalMilliseconds:0} ms to Dispose ({rows} rows committed): {rate:0} logged calls/s, other threads' CPU {writerPerRow:0.00} µs a row; on the runtime's thread {onThread.TotalMilliseconds:0} ms: {perCall:0.00} µs added per call (its CPU time: {perCallCpu:0.00} µs)"));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median: {rates.Order().ElementAt(1):0} logged calls/s sustained (other threads' CPU {writerCpu.Order().ElementAt(1):0.00} µs a row), {added.Order().ElementAt(1):0.00} µs added per call ({addedCpu.Order().ElementAt(1):0.00} µs of the thread's CPU time)"));
            return 0;
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm", roomy, roomy + "-wal", roomy + "-shm" }) File.Delete(file);
        }
    }

    private static TimeSpan Time(EngineFactory factory, string script)
    {
        var clock = Stopwatch.StartNew();
        using (var runtime = factory.NewRuntime()) runtime.Evaluate(script);
        return clock.Elapsed;
    }

    // The time to Dispose (everything committed), the time until the script returned, the runtime's id, and the
    // thread's CPU time until the script returned.
    private static (TimeSpan, TimeSpan, string, TimeSpan) TimeLogged(EngineFactory factory, string script)
    {
        var cpu = ThreadCpu();
        var clock = Stopwatch.StartNew();
        string id;
        TimeSpan returned, returnedCpu;
        using (var runtime = factory.NewRuntime())
        {
            id = runtime.CallLogId!;
            runtime.Evaluate(script);
            returned = clock.Elapsed;
            returnedCpu = ThreadCpu() - cpu;
        }
        return (clock.Elapsed, returned, id, returnedCpu);
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
