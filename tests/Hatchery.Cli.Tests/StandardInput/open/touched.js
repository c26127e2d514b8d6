console.log(typeof process.stdin.on, process.stdin.fd, process.stdin.readable);
