namespace Hatchery.Tests.CallLog;

/// <summary>One writer per file for the whole process, fed by many runtimes on several threads.</summary>
public sealed class CallLogConcurrencyTests : IDisposable
{
    private readonly TempTree _tree = TestHost.Files();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Eight_runtimes_on_two_threads_leave_exactly_80000_rows_with_their_ids()
    {
        var db = _tree["shared.db"];
        var factory = EngineFactory.Create(o => o.UseConsole(new CapturedOutput()).UseCallLog(db));
        var ids = new System.Collections.Concurrent.ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 2).Select(_ => new Thread(() =>
        {
            for (var r = 0; r < 4; r++)
            {
                using var runtime = factory.NewRuntime();
                ids.Add(runtime.CallLogId!);
                runtime.Evaluate("const { basename } = require('path'); for (let i = 0; i < 10000; i++) basename('dir/file' + i);");
            }
        })).ToArray();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();

        Assert.Equal(8, ids.Distinct().Count());
        Assert.Equal(80_000L, CallLogDatabase.Scalar(db, "SELECT count(*) FROM calls WHERE function = 'basename'"));
        using var counts = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        counts.Open();
        using var command = counts.CreateCommand();
        command.CommandText = "SELECT runtime, count(*), count(DISTINCT result) FROM calls WHERE function = 'basename' GROUP BY runtime";
        using var reader = command.ExecuteReader();
        var perRuntime = new Dictionary<string, (long, long)>();
        while (reader.Read()) perRuntime[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
        Assert.Equal(ids.Order().ToArray(), perRuntime.Keys.Order().ToArray());
        Assert.All(perRuntime.Values, v => Assert.Equal((10_000L, 10_000L), v));
        // Plus each runtime's require and Evaluate: nothing else, nothing lost.
        Assert.Equal(80_016L, CallLogDatabase.Scalar(db, "SELECT count(*) FROM calls"));
        Assert.Equal(8L, CallLogDatabase.Scalar(db, "SELECT count(*) FROM runtimes WHERE ended IS NOT NULL"));
    }
}
