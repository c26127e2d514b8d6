using Hatchery.CallLog;

namespace Hatchery.Tests.CallLog;

/// <summary>The database file: errors where the log is configured, migration of an older schema, refusal of other files.</summary>
public sealed class CallLogFileTests : IDisposable
{
    private readonly TempTree _tree = TestHost.Files(("not-a-directory", "a file"));

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void An_unwritable_path_fails_when_the_factory_is_created()
    {
        var path = Path.Combine(_tree["not-a-directory"], "calls.db");
        var error = Assert.Throws<CallLogException>(() => EngineFactory.Create(o => o.UseCallLog(path)));
        Assert.Equal(path, error.Path);
        Assert.Contains("cannot open or create the database file", error.Message);
        Assert.StartsWith($"Call log '{path}'", error.Message);
    }

    [Fact]
    public void An_unwritable_path_for_one_runtime_fails_when_that_runtime_is_spawned()
    {
        var factory = EngineFactory.Create(o => o.UseConsole(new CapturedOutput()));
        var path = Path.Combine(_tree["no/such/directory"], "calls.db");
        Assert.Throws<CallLogException>(() => factory.NewRuntime(o => o.UseCallLog(path)));
    }

    [Fact]
    public void A_corrupted_file_is_a_clear_error_and_is_left_as_it_was()
    {
        var path = _tree["corrupt.db"];
        var bytes = Enumerable.Range(0, 8192).Select(i => (byte)(i * 7 % 251)).ToArray();
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<CallLogException>(() => EngineFactory.Create(o => o.UseCallLog(path)));
        Assert.Contains("not a SQLite database", error.Message);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_database_that_is_not_a_call_log_is_refused_untouched()
    {
        var path = _tree["other.db"];
        CallLogDatabase.Execute(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (9.5);");
        var error = Assert.Throws<CallLogException>(() => EngineFactory.Create(o => o.UseCallLog(path)));
        Assert.Contains("not a Hatchery call log", error.Message);
        Assert.Equal(0L, CallLogDatabase.Scalar(path, "SELECT count(*) FROM sqlite_master WHERE name = 'calls'"));
    }

    [Fact]
    public void A_log_from_a_newer_Hatchery_is_refused()
    {
        var path = _tree["newer.db"];
        CallLogDatabase.Execute(path, $"CREATE TABLE calls (id INTEGER); PRAGMA application_id = {CallLogSchema.ApplicationId}; PRAGMA user_version = 99;");
        var error = Assert.Throws<CallLogException>(() => EngineFactory.Create(o => o.UseCallLog(path)));
        Assert.Contains("newer Hatchery (schema version 99", error.Message);
    }

    [Fact]
    public void A_version_1_log_is_migrated_in_place_keeping_its_rows()
    {
        var path = _tree["old.db"];
        // The schema Hatchery wrote as version 1 (docs/call-log.md, "Versions").
        CallLogDatabase.Execute(path, $"""
            CREATE TABLE calls (id INTEGER PRIMARY KEY, ts TEXT NOT NULL, runtime TEXT NOT NULL, direction TEXT NOT NULL, module TEXT NOT NULL,
              function TEXT NOT NULL, args TEXT NOT NULL, result TEXT, duration_us INTEGER NOT NULL, error_name TEXT, error_message TEXT);
            CREATE TABLE runtimes (id TEXT PRIMARY KEY, factory TEXT NOT NULL, started TEXT NOT NULL, ended TEXT, exit_code INTEGER);
            CREATE INDEX calls_ts ON calls (ts);
            CREATE INDEX calls_runtime ON calls (runtime);
            INSERT INTO runtimes VALUES ('old-1', 'old-f1', '2025-01-01T00:00:00.000000Z', '2025-01-01T00:00:01.000000Z', 0);
            INSERT INTO calls (ts, runtime, direction, module, function, args, result, duration_us)
              VALUES ('2025-01-01T00:00:00.500000Z', 'old-1', 'js->host', 'os', 'hostname', '[]', '"box"', 12);
            PRAGMA application_id = {CallLogSchema.ApplicationId};
            PRAGMA user_version = 1;
            """);
        using (var runtime = EngineFactory.Create(o => o.UseConsole(new CapturedOutput()).UseCallLog(path)).NewRuntime())
        {
            runtime.Evaluate("require('os').hostname()");
        }
        Assert.Equal((long)CallLogSchema.Version, CallLogDatabase.Scalar(path, "PRAGMA user_version"));
        Assert.Equal(2L, CallLogDatabase.Scalar(path, "SELECT count(*) FROM calls WHERE function = 'hostname'"));
        Assert.Equal("\"box\"", CallLogDatabase.Scalar(path, "SELECT result FROM calls WHERE runtime = 'old-1'"));
        Assert.Equal(0L, CallLogDatabase.Scalar(path, "SELECT dropped FROM runtimes WHERE id = 'old-1'"));
        Assert.Equal(1L, CallLogDatabase.Scalar(path, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'calls_function'"));
    }

    [Fact]
    public void A_new_log_has_the_documented_indexes_and_WAL_mode()
    {
        var path = _tree["fresh.db"];
        EngineFactory.Create(o => o.UseCallLog(path));
        Assert.Equal("wal", CallLogDatabase.Scalar(path, "PRAGMA journal_mode"));
        Assert.Equal(3L, CallLogDatabase.Scalar(path, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('calls_ts', 'calls_runtime', 'calls_function')"));
        Assert.Equal((long)CallLogSchema.ApplicationId, CallLogDatabase.Scalar(path, "PRAGMA application_id"));
    }
}
