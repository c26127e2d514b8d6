namespace Hatchery.Tests.HostModules.Database;

public sealed class SqliteDatabaseTests
{
    [Fact]
    public void A_file_database_keeps_its_rows_for_the_next_runtime()
    {
        using var files = TestHost.Files(("placeholder.txt", ""));
        DatabaseScript.Run("""
            db.configure('sqlite', 'app.db');
            db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
            assert.deepStrictEqual(db.exec('INSERT INTO notes (body) VALUES (?)', 'first'), { rowsAffected: 1, lastInsertId: 1 });
            assert.deepStrictEqual(db.exec('INSERT INTO notes (body) VALUES (?), (?)', 'second', 'third'), { rowsAffected: 2, lastInsertId: 3 });
            db.close();
            """, o => o.UseBaseDirectory(files.Root));
        Assert.True(File.Exists(files["app.db"]));
        DatabaseScript.Run("""
            db.configure('sqlite', 'Data Source=app.db;Mode=ReadOnly');
            assert.deepStrictEqual(db.query('SELECT body FROM notes ORDER BY id').map((r) => r.body), ['first', 'second', 'third']);
            assert.throws(() => db.exec("INSERT INTO notes (body) VALUES ('x')"), { code: 'SQLITE_READONLY' });
            """, o => o.UseBaseDirectory(files.Root));
        // Closed on Dispose, not held by a pool: the file can go.
        File.Delete(files["app.db"]);
    }

    [Fact]
    public void Memory_databases_are_one_per_connection()
    {
        DatabaseScript.Run("""
            db.configure('sqlite', ':memory:');
            db.exec('CREATE TABLE t (x)');
            const other = db.open('sqlite', ':memory:');
            assert.throws(() => other.query('SELECT * FROM t'), { code: 'SQLITE_ERROR', message: 'no such table: t' });
            assert.strictEqual(other.driver, 'sqlite');
            other.close();
            assert.throws(() => other.query('SELECT 1'), { code: 'ERR_DATABASE_CLOSED' });
            """);
    }

    [Fact]
    public void Parameters_are_bound_positionally_and_by_name()
    {
        DatabaseScript.Run("""
            db.configure('sqlite', ':memory:');
            db.exec('CREATE TABLE people (name TEXT, age INTEGER)');
            const evil = "x'); DROP TABLE people; --";
            db.exec('INSERT INTO people VALUES (?, ?)', evil, 30);
            db.exec('INSERT INTO people VALUES ($name, @age)', { name: 'ada', age: 36 });
            db.exec('INSERT INTO people VALUES (:name, :age)', { name: 'bob', age: 40 });
            assert.deepStrictEqual(db.query("SELECT name FROM people WHERE name LIKE '%?%' OR age > ? ORDER BY age", 31).map((r) => r.name), ['ada', 'bob']);
            assert.strictEqual(db.queryOne('SELECT name FROM people WHERE age = ?', 30).name, evil);
            assert.strictEqual(db.queryOne('SELECT name FROM people WHERE age = ?', 99), undefined);
            assert.deepStrictEqual(db.queryOne('SELECT ? AS a, ?1 AS b, ? AS c', 1, 2), { a: 1, b: 1, c: 2 });
            """);
    }

    [Fact]
    public void Values_round_trip_without_loss()
    {
        DatabaseScript.Run("""
            db.configure('sqlite', ':memory:');
            db.exec('CREATE TABLE v (i INTEGER, big INTEGER, r REAL, s TEXT, ok BOOLEAN, at DATETIME, doc JSON, data BLOB, missing TEXT)');
            const at = new Date('2024-02-29T12:34:56.789Z');
            db.exec('INSERT INTO v VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
              42, 2n ** 62n + 1n, 1.5, 'héllo ✓', true, at, { list: [1, 'two', null], nested: { yes: true } }, Buffer.from([0, 255, 7]), null);
            const row = db.queryOne('SELECT * FROM v');
            assert.strictEqual(row.i, 42);
            assert.strictEqual(row.big, 2n ** 62n + 1n);
            assert.strictEqual(row.r, 1.5);
            assert.strictEqual(row.s, 'héllo ✓');
            assert.strictEqual(row.ok, true);
            assert.ok(row.at instanceof Date);
            assert.strictEqual(row.at.toISOString(), at.toISOString());
            assert.deepStrictEqual(row.doc, { list: [1, 'two', null], nested: { yes: true } });
            assert.ok(Buffer.isBuffer(row.data));
            assert.deepStrictEqual([...row.data], [0, 255, 7]);
            assert.strictEqual(row.missing, null);
            assert.strictEqual(db.queryOne('SELECT ? AS n', -(2n ** 63n)).n, -(2n ** 63n));
            assert.strictEqual(db.queryOne('SELECT ? AS n', 2 ** 53 - 1).n, 2 ** 53 - 1);
            assert.throws(() => db.query('SELECT ?', 2n ** 64n), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
            """);
    }

    [Fact]
    public void A_failed_transaction_leaves_no_rows_and_savepoints_undo_only_their_part()
    {
        DatabaseScript.Run("""
            db.configure('sqlite', ':memory:');
            db.exec('CREATE TABLE t (x INTEGER UNIQUE)');
            assert.throws(() => db.transaction(() => {
              db.exec('INSERT INTO t VALUES (1)');
              db.exec('INSERT INTO t VALUES (2)');
              throw new Error('changed my mind');
            }), { message: 'changed my mind' });
            assert.deepStrictEqual(db.query('SELECT * FROM t'), []);
            const result = db.transaction((tx) => {
              tx.exec('INSERT INTO t VALUES (1)');
              assert.throws(() => tx.transaction(() => {
                tx.exec('INSERT INTO t VALUES (2)');
                tx.exec('INSERT INTO t VALUES (1)');
              }), { code: 'SQLITE_CONSTRAINT' });
              tx.transaction(() => tx.exec('INSERT INTO t VALUES (3)'));
              return 'kept';
            });
            assert.strictEqual(result, 'kept');
            assert.deepStrictEqual(db.query('SELECT x FROM t ORDER BY x').map((r) => r.x), [1, 3]);
            assert.throws(() => db.transaction(async () => db.exec('INSERT INTO t VALUES (9)')), TypeError);
            assert.deepStrictEqual(db.query('SELECT count(*) AS n FROM t'), [{ n: 2 }]);
            """);
    }

    [Fact]
    public void Errors_carry_sqlite_codes_and_bad_arguments_are_type_errors()
    {
        DatabaseScript.Run("""
            db.configure('sqlite', ':memory:');
            db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY)');
            db.exec('INSERT INTO t VALUES (1)');
            assert.throws(() => db.exec('INSERT INTO t VALUES (1)'),
              { name: 'Error', code: 'SQLITE_CONSTRAINT', errno: 19, extendedErrno: 1555, message: 'UNIQUE constraint failed: t.id' });
            assert.throws(() => db.query('SELEC 1'), { code: 'SQLITE_ERROR', message: /syntax error/ });
            assert.throws(() => db.query(42), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
            assert.throws(() => db.query('SELECT ?', Symbol('s')), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
            assert.throws(() => db.query('SELECT ?', () => 1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
            assert.throws(() => db.transaction('no'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
            assert.throws(() => db.open('mysql', 'x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
            assert.throws(() => db.open('sqlite'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
            assert.throws(() => db.open('sqlite', '/no/such/dir/x.db'), { code: 'SQLITE_CANTOPEN' });
            assert.throws(() => new db.Connection(), TypeError);
            await assert.rejects(db.queryAsync('SELECT * FROM missing'), { code: 'SQLITE_ERROR' });
            """);
    }

    [Fact]
    public void Without_configuration_module_calls_say_so()
    {
        DatabaseScript.Run("""
            assert.throws(() => db.query('SELECT 1'), { code: 'ERR_DATABASE_NOT_CONFIGURED' });
            await assert.rejects(db.queryAsync('SELECT 1'), { code: 'ERR_DATABASE_NOT_CONFIGURED' });
            """);
    }
}
