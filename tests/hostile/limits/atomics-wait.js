// hostile: Atomics.wait on memory no other thread can ever notify
// exit: 0
// stdout: TypeError
try {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
} catch (e) {
  console.log(e.name, e.message);
}
