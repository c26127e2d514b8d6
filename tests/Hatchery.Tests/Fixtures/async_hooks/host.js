// The store follows host work: fs callbacks and promises, child_process callbacks and events, a failing fetch.
// Each step starts the next, so the order does not hang on which thread-pool work finishes first.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const { execFile, spawn } = require('child_process');
const als = new AsyncLocalStorage();
const log = (label) => console.log(label, als.getStore());

als.run('fs', () => {
  fs.readFile(__filename, 'utf8', (err, text) => {
    log(`readFile ${err} ${text.length > 0}`);
    fs.stat(__filename, () => {
      log('stat in readFile');
      als.run('exec', () => {
        execFile('/bin/echo', ['hi'], (err2, out) => {
          log(`execFile ${err2} ${out.trim()}`);
          als.run('spawn', () => {
            const child = spawn('/bin/echo', ['spawned']);
            // 'data' and 'exit' may come in either order; 'close' comes after both.
            const seen = {};
            child.stdout.on('data', (d) => (seen.data = `${d.toString().trim()} ${als.getStore()}`));
            child.on('exit', (code) => (seen.exit = `${code} ${als.getStore()}`));
            child.on('close', () => {
              log(`spawn close, data ${seen.data}, exit ${seen.exit},`);
              als.run('fetch', async () => {
                try {
                  await fetch('http://127.0.0.1:1/');
                } catch (e) {
                  log(`fetch failed ${e.name}`);
                }
                als.run('fs.promises', async () => {
                  const text = await fs.promises.readFile(__filename, 'utf8');
                  log(`fs.promises.readFile ${text.length > 0}`);
                  als.exit(() => fs.readFile(__filename, () => log('readFile outside a run')));
                });
              });
            });
          });
        });
      });
    });
  });
});
