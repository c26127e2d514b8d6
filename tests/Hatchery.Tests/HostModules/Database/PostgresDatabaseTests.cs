namespace Hatchery.Tests.HostModules.Database;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDatabaseTests(PostgresServer server)
{
    // Each test works in a schema of its own, so tests of this class never see each other's tables.
    private string Run(string code)
    {
        var schema = "t_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = $"{server.ConnectionString};Search Path={schema}";
        var literal = connectionString.Replace("\\", "\\\\").Replace("'", "\\'");
        return DatabaseScript.Run($$"""
            const cs = '{{literal}}';
            const admin = db.open('postgres', cs);
            admin.exec('CREATE SCHEMA {{schema}}');
            db.configure('postgres', cs);
            try {
            {{code}}
            } finally {
              db.close();
              admin.exec('DROP SCHEMA {{schema}} CASCADE');
              admin.close();
            }
            """);
    }

    [Fact]
    public void Parameters_are_bound_positionally_and_by_name()
    {
        Run("""
            assert.strictEqual(admin.driver, 'postgres');
            db.exec('CREATE TABLE people (id serial PRIMARY KEY, name text NOT NULL, age int)');
            const evil = "x'); DROP TABLE people; --";
            assert.deepStrictEqual(db.exec('INSERT INTO people (name, age) VALUES ($1, $2), ($3, $4)', evil, 30, 'ada', 36), { rowsAffected: 2, lastInsertId: null });
            db.exec('INSERT INTO people (name, age) VALUES (@name, :age)', { name: 'bob', age: 40 });
            assert.deepStrictEqual(db.query('SELECT name FROM people WHERE age > $1 ORDER BY age', 31).map((r) => r.name), ['ada', 'bob']);
            assert.strictEqual(db.queryOne('SELECT name FROM people WHERE age = $1', 30).name, evil);
            assert.strictEqual(db.queryOne('SELECT name FROM people WHERE age = $1', 99), undefined);
            assert.deepStrictEqual(db.queryOne('INSERT INTO people (name) VALUES ($1) RETURNING id', 'eve'), { id: 4 });
            """);
    }

    [Fact]
    public void Values_round_trip_without_loss()
    {
        Run("""
            db.exec(`CREATE TABLE v (i int, big bigint, r double precision, n numeric, s text, ok boolean, at timestamptz,
              day date, doc jsonb, j json, data bytea, ints int[], words text[], id uuid, missing text)`);
            const at = new Date('2024-02-29T12:34:56.789Z');
            db.exec('INSERT INTO v VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)',
              42, 2n ** 62n + 1n, 1.5, '12345678901234567890.123456789', 'héllo ✓', true, at, '2024-03-01',
              { list: [1, 'two', null], nested: { yes: true } }, [1, { a: 2 }], Buffer.from([0, 255, 7]), [1, 2, null], ['a', 'b'],
              '6f1c1b1e-4c1f-4a3e-9d0e-2b8c8f1a2b3c', null);
            const row = db.queryOne('SELECT * FROM v');
            assert.strictEqual(row.i, 42);
            assert.strictEqual(row.big, 2n ** 62n + 1n);
            assert.strictEqual(row.r, 1.5);
            assert.strictEqual(row.n, '12345678901234567890.123456789');
            assert.strictEqual(row.s, 'héllo ✓');
            assert.strictEqual(row.ok, true);
            assert.ok(row.at instanceof Date);
            assert.strictEqual(row.at.toISOString(), at.toISOString());
            assert.strictEqual(row.day.toISOString(), '2024-03-01T00:00:00.000Z');
            assert.deepStrictEqual(row.doc, { list: [1, 'two', null], nested: { yes: true } });
            assert.deepStrictEqual(row.j, [1, { a: 2 }]);
            assert.ok(Buffer.isBuffer(row.data));
            assert.deepStrictEqual([...row.data], [0, 255, 7]);
            assert.deepStrictEqual(row.ints, [1, 2, null]);
            assert.deepStrictEqual(row.words, ['a', 'b']);
            assert.strictEqual(row.id, '6f1c1b1e-4c1f-4a3e-9d0e-2b8c8f1a2b3c');
            assert.strictEqual(row.missing, null);
            assert.strictEqual(db.queryOne('SELECT $1::bigint AS n', -(2n ** 63n)).n, -(2n ** 63n));
            assert.strictEqual(db.queryOne('SELECT $1::numeric AS n', 2n ** 80n).n, String(2n ** 80n));
            assert.strictEqual(db.queryOne('SELECT 9007199254740993::bigint AS n').n, 9007199254740993n);
            assert.strictEqual(db.queryOne('SELECT 0.1::numeric + 0.2::numeric AS n').n, '0.3');
            """);
    }

    [Fact]
    public void A_failed_transaction_leaves_no_rows_and_savepoints_undo_only_their_part()
    {
        Run("""
            db.exec('CREATE TABLE t (x int UNIQUE)');
            assert.throws(() => db.transaction(() => {
              db.exec('INSERT INTO t VALUES (1), (2)');
              throw new Error('changed my mind');
            }), { message: 'changed my mind' });
            assert.deepStrictEqual(db.query('SELECT * FROM t'), []);
            db.transaction((tx) => {
              tx.exec('INSERT INTO t VALUES (1)');
              assert.throws(() => tx.transaction(() => {
                tx.exec('INSERT INTO t VALUES (2)');
                tx.exec('INSERT INTO t VALUES (1)');
              }), { code: '23505', constraint: 't_x_key' });
              tx.exec('INSERT INTO t VALUES (3)');
            });
            assert.deepStrictEqual(db.query('SELECT x FROM t ORDER BY x').map((r) => r.x), [1, 3]);
            await assert.rejects(db.transactionAsync(async (tx) => {
              await tx.execAsync('INSERT INTO t VALUES (4)');
              await tx.execAsync('INSERT INTO t VALUES (1)');
            }), { code: '23505' });
            assert.deepStrictEqual((await db.queryAsync('SELECT x FROM t ORDER BY x')).map((r) => r.x), [1, 3]);
            """);
    }

    [Fact]
    public void Errors_carry_the_sqlstate()
    {
        Run("""
            assert.throws(() => db.query('SELECT * FROM nowhere'), { code: '42P01', message: 'relation "nowhere" does not exist', severity: 'ERROR' });
            assert.throws(() => db.query('SELEC 1'), { code: '42601' });
            assert.throws(() => db.query('SELECT 1 / 0'), { code: '22012', message: 'division by zero' });
            await assert.rejects(db.queryAsync('SELECT $1::int', 'not a number'), { code: '22P02' });
            assert.throws(() => db.open('postgres', 'Host=127.0.0.1;Port=1;Timeout=2'), { code: 'ERR_DATABASE_CONNECTION' });
            """);
    }

    [Fact]
    public void Async_statements_queue_while_timers_fire()
    {
        Run("""
            await db.execAsync('CREATE TABLE t (x int)');
            let ticks = 0;
            const timer = setInterval(() => { ticks++; }, 5);
            const slow = db.queryOneAsync('SELECT pg_sleep(1)::text AS slept, 1 AS one');
            const inserts = [];
            for (let i = 0; i < 10; i++) inserts.push(db.execAsync('INSERT INTO t VALUES ($1)', i));
            assert.strictEqual((await slow).one, 1);
            await Promise.all(inserts);
            clearInterval(timer);
            assert.ok(ticks > 3, `timers fired ${ticks} times during the sleep`);
            assert.deepStrictEqual((await db.queryAsync('SELECT x FROM t ORDER BY x')).map((r) => r.x), [...Array(10).keys()]);
            """);
    }

    [Fact]
    public void A_backend_killed_mid_transaction_gives_a_clear_error_and_leaves_nothing_half_written()
    {
        Run("""
            db.exec('CREATE TABLE ledger (entry int)');
            const victim = db.open('postgres', cs);
            const pid = victim.queryOne('SELECT pg_backend_pid() AS pid').pid;
            let error;
            try {
              victim.transaction((tx) => {
                tx.exec('INSERT INTO ledger VALUES (1)');
                assert.strictEqual(db.queryOne('SELECT pg_terminate_backend($1::int) AS ok', pid).ok, true);
                tx.exec('INSERT INTO ledger VALUES (2)');
              });
            } catch (e) {
              error = e;
            }
            assert.ok(error instanceof Error, 'the statement after the kill fails');
            assert.match(error.code, /^(57P01|ERR_DATABASE_CONNECTION)$/);
            assert.ok(error.message.length > 0);
            assert.deepStrictEqual(db.query('SELECT * FROM ledger'), []);
            assert.throws(() => victim.query('SELECT 1'), { code: 'ERR_DATABASE_CONNECTION' });
            victim.close();
            """);
    }
}
