// execFile and exec with a callback (error, stdout, stderr), and the error of a failing command.
const { execFile, exec } = require('child_process');

execFile('/bin/echo', ['one', 'two'], (err, stdout, stderr) => {
  console.log('execFile', err, JSON.stringify(stdout), JSON.stringify(stderr));
  execFile('/bin/echo', ['bytes'], { encoding: 'buffer' }, (err2, out) => {
    console.log('buffer', Buffer.isBuffer(out), out.toString().trim());
    exec('echo out; echo err >&2; exit 2', (err3, out3, err3Text) => {
      console.log('exec', err3 instanceof Error, JSON.stringify(err3.message));
      console.log(' ', err3.code, err3.killed, err3.signal, err3.cmd, JSON.stringify(out3), JSON.stringify(err3Text));
      console.log(' ', Object.keys(err3));
      exec('echo "$GREETING" from $0', { env: { GREETING: 'hi' } }, (err4, out4) => {
        console.log('env', err4, out4.trim());
        const child = exec('sleep 5', { timeout: 100 }, (err5) => {
          console.log('timeout', err5.killed, err5.code, err5.signal, err5.message);
        });
        console.log('child', typeof child.pid, typeof child.on);
      });
    });
  });
});
