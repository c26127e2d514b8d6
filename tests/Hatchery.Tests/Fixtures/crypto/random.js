// Random values, by shape: lengths, ranges, formats, and Node's errors; callbacks arrive on a later turn.
const crypto = require('crypto');

function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const bytes = crypto.randomBytes(16);
console.log('randomBytes', Buffer.isBuffer(bytes), bytes.length, crypto.randomBytes(0).length);
attempt('randomBytes -1', () => crypto.randomBytes(-1));
attempt('randomBytes string', () => crypto.randomBytes('a'));
attempt('randomBytes bad callback', () => crypto.randomBytes(1, 5));

const uuid = crypto.randomUUID();
console.log('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid), uuid !== crypto.randomUUID());
attempt('uuid bad option', () => crypto.randomUUID({ disableEntropyCache: 1 }));

const filled = new Uint8Array(8);
console.log('randomFillSync returns its argument', crypto.randomFillSync(filled) === filled);
const partial = crypto.randomFillSync(new Uint8Array(8), 2, 3);
console.log('partial fill leaves the rest', partial[0], partial[1], partial[5], partial[6], partial[7]);
const words = crypto.randomFillSync(new Uint32Array(4), 1, 2);
console.log('fill in elements', words[0], words[3]);
console.log('fill arraybuffer', crypto.randomFillSync(new ArrayBuffer(4)).byteLength);
attempt('fill offset', () => crypto.randomFillSync(new Uint8Array(4), 5));
attempt('fill size', () => crypto.randomFillSync(new Uint8Array(4), 1, 4));
attempt('fill string', () => crypto.randomFillSync('x'));

const ints = Array.from({ length: 200 }, () => crypto.randomInt(3, 7));
console.log('randomInt range', ints.every((n) => Number.isInteger(n) && n >= 3 && n < 7), new Set(ints).size);
const big = crypto.randomInt(2 ** 47, 2 ** 48);
console.log('randomInt wide', Number.isSafeInteger(big) && big >= 2 ** 47 && big < 2 ** 48);
console.log('randomInt max only', [crypto.randomInt(1), crypto.randomInt(-5, -4)]);
attempt('randomInt max <= min', () => crypto.randomInt(10, 5));
attempt('randomInt fraction', () => crypto.randomInt(1.5));
attempt('randomInt string', () => crypto.randomInt('a'));
attempt('randomInt too wide', () => crypto.randomInt(2 ** 48));
attempt('randomInt too wide min', () => crypto.randomInt(0, 2 ** 48 + 5));

const values = new Uint16Array(4);
console.log('getRandomValues', crypto.getRandomValues(values) === values, globalThis.crypto.getRandomValues(new BigInt64Array(2)).length);
attempt('getRandomValues float', () => crypto.getRandomValues(new Float32Array(2)));
attempt('getRandomValues dataview', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
attempt('getRandomValues too big', () => crypto.getRandomValues(new Uint8Array(65537)));
console.log('getRandomValues largest', crypto.getRandomValues(new Uint8Array(65536)).length);

const order = [];
crypto.randomBytes(8, (err, buf) => {
  order.push('randomBytes');
  console.log('randomBytes callback', err, Buffer.isBuffer(buf), buf.length);
});
crypto.randomInt(10, (err, n) => {
  order.push('randomInt');
  console.log('randomInt callback', err, n >= 0 && n < 10);
});
const target = new Uint8Array(4);
crypto.randomFill(target, 1, (err, buf) => {
  order.push('randomFill');
  console.log('randomFill callback', err, buf === target, target[0]);
});
order.push('sync');
setTimeout(() => console.log('order', order[0], order.length), 50);
