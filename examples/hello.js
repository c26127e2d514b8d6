// The Hatchery tour in one script: run it with
//   dotnet run --project src/Hatchery.Cli -- run examples/hello.js
// (add --fail after the file name to see that a failure half-way still cleans up)
const path = require('node:path');          // a native module (C#), also reachable as require('path')
const fs = require('node:fs');
const os = require('node:os');
const crypto = require('node:crypto');
const db = require('database');             // Hatchery's own module: SQL on an embedded SQLite file
const greet = require('./lib/greet');       // a local CommonJS module, resolved relative to this file
const config = require('./lib/config.json'); // JSON files load as values

console.log(greet(config.audience));
console.log('%s runs on %s with %d native module(s) shown here', config.name, process.platform, 1);
console.log('this file:', path.basename(__filename), 'in', path.basename(__dirname));
console.log('joined path:', path.join('/srv', 'app', '..', 'data', 'file.txt'));

// console formatting follows Node's util.inspect
console.log({ config, list: [1, 'two', [3]], map: new Map([['k', 1]]), set: new Set([1, 2]) });
console.log([greet, class Widget {}, Symbol('tag'), 10n, -0]);

console.group('grouped');
console.info('indented by console.group');
console.groupEnd();

// crypto over .NET: a digest of fixed text is the same everywhere
console.log('sha256:', crypto.createHash('sha256').update('Hello, Hatchery!').digest('hex'));

// fs and a database file in a fresh directory under the OS temp directory, removed again whatever happens
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hatchery-hello-'));
try {
  const notes = path.join(work, 'notes.txt');
  fs.writeFileSync(notes, 'planets, by distance from the sun\n');
  console.log('read back:', JSON.stringify(fs.readFileSync(notes, 'utf8')), `(${fs.statSync(notes).size} bytes)`);

  db.configure('sqlite', path.join(work, 'hello.db'));
  db.exec('CREATE TABLE planets (id INTEGER PRIMARY KEY, name TEXT NOT NULL, moons INTEGER, rings BOOLEAN)');
  db.transaction(() => {                     // all rows or none: a throw inside rolls back
    for (const [name, moons, rings] of [['Mercury', 0, false], ['Venus', 0, false], ['Earth', 1, false], ['Saturn', 146, true]]) {
      db.exec('INSERT INTO planets (name, moons, rings) VALUES (?, ?, ?)', name, moons, rings);
    }
    if (process.argv.includes('--fail')) throw new Error('failed half-way through the transaction');
  });
  try {
    db.transaction(() => {
      db.exec('INSERT INTO planets (name, moons) VALUES (?, ?)', 'Pluto', 5);
      throw new Error('Pluto is not a planet any more');
    });
  } catch (err) {
    console.log('rolled back:', err.message);
  }
  console.table(db.query('SELECT name, moons, rings FROM planets WHERE moons >= $min ORDER BY id', { min: 0 }));
  console.log('planets with moons:', db.queryOne('SELECT COUNT(*) AS n FROM planets WHERE moons > 0').n);
} finally {
  db.close();
  fs.rmSync(work, { recursive: true, force: true });
  console.log('cleaned up:', !fs.existsSync(work));
}

// the event loop runs timers, immediates, nextTick and promises in Node's order
setTimeout(() => {
  console.log('4. timeout');
  setImmediate(() => console.log('5. immediate'));
}, 0);
Promise.resolve().then(() => console.log('3. promise'));
process.nextTick(() => console.log('2. nextTick'));
console.log('1. synchronous');
