const { check } = require('../shared/show.cjs');
const { StringDecoder } = require('string_decoder');
function run(encoding, chunks) {
  check(`${encoding} ${JSON.stringify(chunks)}`, () => {
    const d = new StringDecoder(encoding);
    const out = chunks.map((c) => d.write(Buffer.from(c)));
    out.push(d.end());
    return [d.encoding, out];
  });
}
run('utf8', [[0xE2], [0x82], [0xAC, 0x41]]);
run('utf8', [[0xF0, 0x9F], [0x98], [0x80]]);
run('utf8', [[0xF0], [0x9F, 0x98, 0x80, 0xF0, 0x9F], [0x98, 0x81]]);
run('utf8', [[0xE0], [0x80], [0x41]]);
run('utf8', [[0xE0, 0x80]]);
run('utf8', [[0xE2, 0x82]]);
run('utf8', [[0xF0, 0x9F, 0x98]]);
run('utf8', [[0xF0], [0x41]]);
run('utf8', [[0xC3], [0xC3, 0xA9]]);
run('utf8', [[0xFF, 0xC3]]);
run('utf8', [[0x80, 0x80]]);
run('utf8', [[0xED, 0xA0], [0x80]]);
run('utf8', [[0xF4, 0x90]]);
run('utf8', [[0x61, 0x62], [], [0x63]]);
run('utf8', [[0xE2], [], [0x82], [0xAC]]);
run('utf16le', [[0x61], [0x00, 0x62]]);
run('utf16le', [[0x61]]);
run('utf16le', [[0x3D, 0xD8], [0x00, 0xDE]]);
run('utf16le', [[0x3D, 0xD8]]);
run('utf16le', [[0x3D, 0xD8, 0x00], [0xDE]]);
run('utf16le', [[0x3D], [0xD8], [0x00, 0xDE]]);
run('ucs2', [[0x3D, 0xD8, 0x61, 0x00]]);
run('base64', [[0x61], [0x62, 0x63, 0x64], [0x65]]);
run('base64', [[0x61, 0x62, 0x63]]);
run('base64url', [[0xfb, 0xff]]);
run('hex', [[0xab], [0xcd]]);
run('latin1', [[0xe9]]);
run('binary', [[0xe9]]);
run('ascii', [[0xe9]]);
run('UTF-8', [[0x41]]);
check('default and strings', () => { const d = new StringDecoder(); return [d.encoding, d.write('str'), d.end(Buffer.from([0xE2])), d.write(Buffer.from([0x82, 0xAC]))]; });
check('reusable after end', () => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([0xE2])), d.end(), d.write(Buffer.from([0x41])), d.end()]; });
check('typed array input', () => new StringDecoder('utf8').write(new Uint16Array([0x41, 0x42])));
check('unknown encoding', () => new StringDecoder('nope'));
check('bad input', () => new StringDecoder().write(5));
check('long text split everywhere', () => {
  const bytes = Buffer.from('añ€😀'.repeat(3));
  const results = [];
  for (let cut = 0; cut <= bytes.length; cut++) {
    const d = new StringDecoder('utf8');
    results.push(d.write(bytes.subarray(0, cut)) + d.write(bytes.subarray(cut)) + d.end() === 'añ€😀'.repeat(3));
  }
  return results.every(Boolean);
});
check('byte at a time', () => { const d = new StringDecoder('utf8'); let s = ''; for (const b of Buffer.from('€😀x')) s += d.write(Buffer.from([b])); return s + d.end(); });
check('base64 byte at a time', () => { const d = new StringDecoder('base64'); let s = ''; for (const b of Buffer.from('hello')) s += d.write(Buffer.from([b])); return s + d.end(); });
check('lastNeed', () => { const d = new StringDecoder('utf8'); d.write(Buffer.from([0xF0, 0x9F])); return [d.lastNeed, d.lastTotal]; });
