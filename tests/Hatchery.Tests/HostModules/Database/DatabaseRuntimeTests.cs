using Hatchery.HostModules.Database;

namespace Hatchery.Tests.HostModules.Database;

public sealed class DatabaseRuntimeTests
{
    [Fact]
    public void Two_runtimes_never_share_a_connection()
    {
        using var files = TestHost.Files(("placeholder.txt", ""));
        var factory = EngineFactory.Create(o => o.UseBaseDirectory(files.Root).UseConsole(new CapturedOutput())
            .AddNativeModule(new DatabaseModule("sqlite", ":memory:")));
        using var first = factory.NewRuntime();
        using var second = factory.NewRuntime();
        DatabaseScript.Run(first, "db.exec('CREATE TABLE only_here (x)'); db.exec('INSERT INTO only_here VALUES (1)');");
        // The same host default, but a connection (and so a memory database) of its own.
        DatabaseScript.Run(second, "assert.throws(() => db.query('SELECT * FROM only_here'), { message: 'no such table: only_here' });");
        // Rows another runtime's connection has not committed are not seen through this runtime's connection.
        DatabaseScript.Run(first, "db.configure('sqlite', 'shared.db'); db.exec('CREATE TABLE t (x)'); db.exec('BEGIN'); db.exec('INSERT INTO t VALUES (1)');");
        DatabaseScript.Run(second, "db.configure('sqlite', 'shared.db'); assert.deepStrictEqual(db.query('SELECT * FROM t'), []);");
    }

    [Fact]
    public void Dispose_closes_connections_and_rolls_back_an_open_transaction()
    {
        using var files = TestHost.Files(("placeholder.txt", ""));
        var (runtime, _) = TestHost.Open(o => o.UseBaseDirectory(files.Root));
        DatabaseScript.Run(runtime, """
            db.configure('sqlite', 'state.db');
            db.exec('CREATE TABLE t (x)');
            const extra = db.open('sqlite', 'state.db');
            extra.exec('BEGIN');
            extra.exec('INSERT INTO t VALUES (2)');
            """);
        runtime.Dispose();
        // Both connections are closed (the file is free to delete once read) and the uncommitted row is gone.
        DatabaseScript.Run("db.configure('sqlite', 'state.db'); assert.deepStrictEqual(db.query('SELECT * FROM t'), []);",
            o => o.UseBaseDirectory(files.Root));
        File.Delete(files["state.db"]);
    }

    [Fact]
    public void Async_statements_run_off_the_loop_in_order_while_timers_fire()
    {
        var output = DatabaseScript.Run("""
            db.configure('sqlite', ':memory:');
            await db.execAsync('CREATE TABLE t (x INTEGER)');
            let ticks = 0;
            const timer = setInterval(() => { ticks++; }, 1);
            // A slow statement: a recursive count to a few million.
            const slow = db.queryOneAsync('WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 3000000) SELECT count(*) AS n FROM c');
            const inserts = [];
            for (let i = 0; i < 20; i++) inserts.push(db.execAsync('INSERT INTO t VALUES (?)', i));
            const all = db.queryAsync('SELECT x FROM t ORDER BY rowid');
            assert.strictEqual((await slow).n, 3000000);
            assert.deepStrictEqual((await all).map((r) => r.x), [...Array(20).keys()]);
            await Promise.all(inserts);
            clearInterval(timer);
            assert.ok(ticks > 0, 'timers fired while the statements ran');
            // A synchronous call waits for the queue.
            const pending = db.execAsync('INSERT INTO t VALUES (100)');
            assert.strictEqual(db.queryOne('SELECT count(*) AS n FROM t').n, 21);
            await pending;
            const committed = await db.transactionAsync(async (tx) => {
              await tx.execAsync('INSERT INTO t VALUES (200)');
              await assert.rejects(tx.transactionAsync(async () => {
                await tx.execAsync('INSERT INTO t VALUES (300)');
                throw new Error('inner');
              }), { message: 'inner' });
              return 'ok';
            });
            assert.strictEqual(committed, 'ok');
            await assert.rejects(db.transactionAsync(async (tx) => { await tx.execAsync('INSERT INTO t VALUES (400)'); throw new Error('outer'); }), { message: 'outer' });
            assert.deepStrictEqual(db.query('SELECT x FROM t WHERE x >= 200').map((r) => r.x), [200]);
            let busy;
            db.transaction(() => { db.execAsync('SELECT 1').catch((e) => { busy = e; }); });
            await new Promise((resolve) => setImmediate(resolve));
            assert.strictEqual(busy.code, 'ERR_DATABASE_BUSY');
            console.log('ticks', ticks > 0);
            """);
        Assert.Contains("ticks true", output);
    }

    [Fact]
    public void A_host_default_connection_needs_no_configure()
    {
        using var files = TestHost.Files(("placeholder.txt", ""));
        DatabaseScript.Run("""
            db.exec('CREATE TABLE t (x)');
            db.exec('INSERT INTO t VALUES (?)', 'from the host default');
            db.close();
            assert.strictEqual(db.queryOne('SELECT x FROM t').x, 'from the host default');
            """, o => o.UseBaseDirectory(files.Root).AddNativeModule(new DatabaseModule("sqlite", "host.db")));
        Assert.True(File.Exists(files["host.db"]));
        Assert.Throws<ArgumentException>(() => new DatabaseModule("mysql", "x"));
    }

    [Fact]
    public void The_module_is_documented_and_hatcherys_own()
    {
        var module = new DatabaseModule();
        Assert.Equal(Hatchery.NativeModules.ModuleOrigin.Hatchery, module.Origin);
        foreach (var name in new[] { "configure(", "open(", "close()", "query(", "queryOne(", "exec(", "transaction(", "queryAsync(", "queryOneAsync(", "execAsync(", "transactionAsync(" })
        {
            Assert.Contains(name, module.Documentation);
        }
    }
}
