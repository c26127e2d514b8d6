// process.stdout.write and process.stderr.write with each kind of chunk Node accepts, the encoding and callback
// arguments, and the errors for chunks and encodings it rejects.
const out = (text) => process.stdout.write(text + '\n');

out('-- views');
process.stdout.write(Buffer.from('buffer\n'));
process.stdout.write(new Uint8Array([117, 105, 110, 116, 56, 10]));
const big = Buffer.from('0123456789abcdefghij');
const slice = big.subarray(4, 9);
out(`slice offset ${slice.byteOffset - big.byteOffset} length ${slice.length}`);
process.stdout.write(slice);
out('');
const backing = new ArrayBuffer(16);
new Uint8Array(backing).set([...'..offset view..'].map((c) => c.charCodeAt(0)));
const view = Buffer.from(backing, 2, 11);
out(`view offset ${view.byteOffset} length ${view.length} of ${view.buffer.byteLength}`);
process.stdout.write(view);
out('');
process.stdout.write(new Uint8Array(backing, 9, 4));
out('');
process.stdout.write(Buffer.from('héllo wörld, 你好, 🎉\n'));
out(`empty returns ${process.stdout.write(Buffer.alloc(0))}`);
out(`empty string returns ${process.stdout.write('')}`);
process.stdout.write(new Uint8ClampedArray([99, 108, 97, 109, 112, 10]));
process.stdout.write(new Int8Array([105, 110, 116, 56, 10]));
process.stdout.write(new Uint16Array([0x4241, 0x0a43]));
process.stdout.write(new Int32Array([0x0a444342]));
const floats = new Float64Array(2);
new Uint8Array(floats.buffer).set([...'float64\nf64 two\n'].map((c) => c.charCodeAt(0)));
process.stdout.write(floats);
process.stdout.write(new Float64Array(floats.buffer, 8, 1));
process.stdout.write(new BigUint64Array([0x0a3436676942206en]));
process.stdout.write(new DataView(backing, 2, 6));
out('');
process.stdout.write(new DataView(new ArrayBuffer(0)));
process.stdout.write(Buffer.from([0x61, 0xff, 0x62, 0xc3, 0x0a]));
process.stderr.write(Buffer.from('stderr buffer ✓\n'));
process.stderr.write(new Uint16Array([0x7473, 0x6564, 0x7272, 0x7520, 0x3631, 0x0a0a]));
const shared = new Uint8Array(8);
const tail = shared.subarray(5);
shared.set([...'live ok\n'].map((c) => c.charCodeAt(0)));
process.stdout.write(tail);

out('-- encodings');
process.stdout.write('68657820656e636f646564', 'hex');
out('');
process.stdout.write('4142zz43', 'hex');
out('');
process.stdout.write('YmFzZTY0IOKckw==', 'base64');
out('');
process.stdout.write('YmFzZTY0dXJsIOKckw', 'base64url');
out('');
process.stdout.write('latin1 caf\u00e9 \u0141', 'latin1');
out('');
process.stdout.write('binary \u00ff', 'binary');
out('');
process.stdout.write('ascii caf\u00e9', 'ascii');
out('');
process.stdout.write('\u6375\u3273', 'ucs2');
out('');
process.stdout.write('utf8 ✓', 'UTF-8');
out('');
process.stdout.write('upper hex: ', 'utf8');
process.stdout.write('4869', 'HEX');
out('');
process.stdout.write(Buffer.from('buffer ignores the encoding\n'), 'hex');
process.stdout.write('empty encoding\n', '');
process.stdout.write('null encoding\n', null);
process.stdout.write('zero encoding\n', 0);
process.stderr.write('7374646572722068657820', 'hex');
process.stderr.write('\n');

out('-- errors');
const attempt = (label, f) => {
  try {
    out(`${label}: returned ${f()}`);
  } catch (e) {
    out(`${label}: ${e.name} ${e.code} ${e.message}`);
  }
};
for (const [label, chunk] of [
  ['number', 42], ['boolean', true], ['object', { length: 1, 0: 65 }], ['array', [65, 66]], ['undefined', undefined],
  ['null', null], ['ArrayBuffer', new ArrayBuffer(2)], ['String object', new String('s')], ['bigint', 7n],
  ['symbol', Symbol('s')], ['function', function named() {}], ['arrow', () => {}], ['Date', new Date(0)],
]) {
  attempt(label, () => process.stdout.write(chunk));
}
attempt('no arguments', () => process.stdout.write());
attempt('stderr number', () => process.stderr.write(1));
attempt('unknown encoding', () => process.stdout.write('x', 'bogus'));
attempt('buffer encoding', () => process.stdout.write('x', 'buffer'));
attempt('number encoding', () => process.stdout.write('x', 5));
attempt('object encoding', () => process.stdout.write('x', { a: 1 }));
attempt('array encoding', () => process.stdout.write('x', ['hex']));
attempt('Buffer, unknown encoding', () => process.stdout.write(Buffer.from('x'), 'bogus'));
attempt('number, unknown encoding', () => process.stdout.write(1, 'bogus'));
attempt('null, unknown encoding', () => process.stdout.write(null, 'bogus'));
attempt('Buffer, buffer encoding', () => process.stdout.write(Buffer.from('buffer encoding\n'), 'buffer'));
attempt('Uint16Array, buffer encoding', () => process.stdout.write(new Uint16Array([0x0a41]), 'buffer'));
attempt('callback not a function', () => process.stdout.write('not a function\n', 'utf8', 'nope'));

out('-- callbacks');
const log = (label) => function (...args) {
  out(`${label} called with ${args.length} ${JSON.stringify(args)} this ${this === undefined ? 'undefined' : typeof this}`);
};
process.stdout.write('a\n', log('string callback'));
process.stdout.write('42\n', 'hex', log('hex callback'));
process.stdout.write(Buffer.from('b\n'), log('buffer callback'));
process.stdout.write('c\n', null, log('null encoding callback'));
process.stdout.write('d\n', undefined, log('undefined encoding callback'));
process.stdout.write('e\n', log('second callback wins'), log('third argument ignored'));
process.stderr.write('stderr callback\n', log('stderr callback'));
process.nextTick(() => out('tick queued after the writes'));
Promise.resolve().then(() => out('promise'));
setImmediate(() => out('immediate'));
const again = log('same callback');
process.stdout.write('f\n', again);
process.nextTick(() => out('tick between writes with the same callback'));
process.stdout.write('g\n', again);
process.stdout.write('h\n');
process.stdout.write('i\n', again);
try {
  process.stdout.write(7, log('callback of a rejected chunk'));
} catch (e) {
  out(`rejected chunk: ${e.code}`);
}
out('sync end');
