// An invalid chunk makes write() throw at once, before anything is written; uncaught, it ends the process.
process.stdout.write('before\n', () => console.log('callback of the write before the throw never runs'));
process.stdout.write({ toString() { return 'not a chunk'; } });
process.stdout.write('never\n');
