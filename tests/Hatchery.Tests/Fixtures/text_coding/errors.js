// TextEncoder's and TextDecoder's coded errors: class, code, message and how they print.
const { checkError } = require('../shared/show.cjs');
const u8 = (...bytes) => new Uint8Array(bytes);

checkError('unsupported label', () => new TextDecoder('nope'));
checkError('unsupported padded label', () => new TextDecoder(' nope '));
checkError('object label', () => new TextDecoder({}));
checkError('symbol label', () => new TextDecoder(Symbol('s')));
checkError('options string', () => new TextDecoder('utf-8', 'x'));
checkError('options number before label', () => new TextDecoder('nope', 5));
checkError('options null', () => new TextDecoder('utf-8', null).fatal);
checkError('options array', () => new TextDecoder('utf-8', []).fatal);
checkError('options function', () => new TextDecoder('utf-8', () => {}).fatal);

// Decoding errors come from Node's C++: plain errors that carry a code.
checkError('fatal utf-8', () => new TextDecoder('utf-8', { fatal: true }).decode(u8(0xff)));
checkError('fatal utf-8 stream', () => new TextDecoder('utf-8', { fatal: true }).decode(u8(0xff), { stream: true }));
checkError('fatal utf-8 truncated end', () => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  decoder.decode(u8(0xe2, 0x82), { stream: true });
  return decoder.decode();
});
checkError('fatal utf-16le', () => new TextDecoder('utf-16le', { fatal: true }).decode(u8(0x00, 0xd8)));
checkError('decode number', () => new TextDecoder().decode(5));
checkError('decode string', () => new TextDecoder().decode('abc'));
checkError('encodeInto number', () => new TextEncoder().encodeInto(5, new Uint8Array(1)));
checkError('encodeInto String object', () => new TextEncoder().encodeInto(new String('x'.repeat(40)), new Uint8Array(1)));
checkError('encodeInto array', () => new TextEncoder().encodeInto('a', []));

try {
  new TextDecoder('nope');
} catch (e) {
  console.log(e.stack.split('\n')[0]);
  console.error(e);
}
try {
  new TextDecoder('utf-8', { fatal: true }).decode(u8(0xff));
} catch (e) {
  console.error(e);
}
