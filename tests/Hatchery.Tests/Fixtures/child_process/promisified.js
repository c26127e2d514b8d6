// util.promisify of exec and execFile resolves to { stdout, stderr }; a failure rejects with both on the error.
const util = require('util');
const child_process = require('child_process');
const exec = util.promisify(child_process.exec);
const execFile = util.promisify(child_process.execFile);

(async () => {
  const result = await exec('echo hi; echo there >&2');
  console.log(result, Object.keys(result));
  console.log(await execFile('/bin/echo', ['file']));
  const promise = execFile('/bin/echo', ['child']);
  console.log(typeof promise.child.pid, promise.child.constructor.name);
  await promise;
  try {
    await exec('echo before; exit 7');
  } catch (err) {
    console.log(err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr), err.message);
  }
})();
