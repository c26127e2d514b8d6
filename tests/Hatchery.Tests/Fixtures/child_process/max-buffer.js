// execFile's maxBuffer: the output kept up to the limit, the child ended, and Node's RangeError.
const { execFile } = require('child_process');
execFile('/bin/sh', ['-c', 'printf 0123456789; exec sleep 5'], { maxBuffer: 4 }, (err, stdout) => {
  console.log(err.name, err.code, err.message, err.cmd, JSON.stringify(stdout), err.killed, err.signal);
  execFile('/bin/sh', ['-c', 'printf abcdefgh; exec sleep 5'], { maxBuffer: 3, encoding: 'buffer' }, (err2, out2) => console.log(err2.code, out2));
});
