const { check } = require('../shared/show.cjs');
const text = 'héllo wörld € 😀 \u0000 ~';
for (const encoding of ['utf8', 'utf-8', 'utf16le', 'ucs2', 'ucs-2', 'utf-16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'UTF8', 'Latin1', 'HEX']) {
  check(`from ${encoding}`, () => Buffer.from(encoding === 'hex' || encoding === 'HEX' ? '00ff10aB7f' : text, encoding));
  const bytes = Buffer.from([0x00, 0x41, 0x7f, 0x80, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0xfe]);
  check(`toString ${encoding}`, () => bytes.toString(encoding));
  check(`toString ${encoding} 1..6`, () => bytes.toString(encoding, 1, 6));
  check(`byteLength ${encoding}`, () => Buffer.byteLength(text, encoding));
}
check('utf8 round trip', () => Buffer.from(text).toString() === text);
check('utf8 lone surrogates', () => Buffer.from('a\ud800b\udc00'));
check('utf8 invalid bytes', () => Buffer.from([0xe0, 0x80, 0x41, 0xc3, 0xf0, 0x9f, 0x98, 0xed, 0xa0, 0x80]).toString());
check('ucs2 keeps lone surrogates', () => Buffer.from('\ud800x', 'ucs2').toString('ucs2') === '\ud800x');
check('ucs2 odd length', () => Buffer.from([0x61, 0x00, 0x62]).toString('ucs2'));
check('ascii strips high bit', () => Buffer.from([0xe9, 0x80, 0xff, 0x41]).toString('ascii'));
check('latin1 keeps low byte', () => Buffer.from('é€😀', 'latin1'));
check('hex stops at bad pair', () => Buffer.from('abzz12', 'hex'));
check('hex odd length', () => Buffer.from('abc', 'hex'));
check('hex uppercase', () => Buffer.from('ABCDEF', 'hex'));
check('base64 padding', () => [Buffer.from('YQ==', 'base64'), Buffer.from('YWI=', 'base64'), Buffer.from('YWJj', 'base64')]);
check('base64 no padding', () => [Buffer.from('YQ', 'base64'), Buffer.from('YWI', 'base64'), Buffer.from('Y', 'base64')]);
check('base64 whitespace and junk', () => [Buffer.from(' Y W\nJj ', 'base64').toString(), Buffer.from('YW!Jj', 'base64').toString()]);
check('base64 stops at =', () => [Buffer.from('YW=Jj', 'base64').toString(), Buffer.from('YQ==YQ==', 'base64').toString()]);
check('base64 accepts url alphabet', () => Buffer.from('-_-_', 'base64'));
check('base64url accepts standard alphabet', () => Buffer.from('+/+/', 'base64url'));
check('base64 encode', () => ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((s) => Buffer.from(s).toString('base64')));
check('base64url encode', () => Buffer.from([0xfb, 0xff, 0xbf, 0xfe]).toString('base64url'));
check('byteLength base64 estimate', () => [Buffer.byteLength('YW==', 'base64'), Buffer.byteLength('YW Jj', 'base64'), Buffer.byteLength('YWJj', 'base64url')]);
check('byteLength of views', () => [Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)), Buffer.byteLength(Buffer.alloc(2))]);
check('byteLength unknown encoding', () => Buffer.byteLength('abc', 'nope'));
check('byteLength bad type', () => Buffer.byteLength(5));
check('byteLength empty', () => Buffer.byteLength(''));
check('unknown encoding from', () => Buffer.from('abc', 'nope'));
check('unknown encoding toString', () => Buffer.from('abc').toString('nope'));
check('toString empty encoding', () => Buffer.from('abc').toString(''));
check('toString null encoding', () => Buffer.from('abc').toString(null));
check('from empty encoding', () => Buffer.from('abc', ''));
check('toString ranges', () => {
  const b = Buffer.from('abcdef');
  return [b.toString('utf8', -1, 100), b.toString('utf8', 2), b.toString('utf8', 4, 2), b.toString('utf8', 1.7, 3.9),
    b.toString(undefined, 1, 3), b.toString('utf8', 'x', 2), b.toString('utf8', 6)];
});
check('isEncoding', () => ['utf8', 'UTF-8', 'ucs2', 'Binary', 'latin1', 'base64url', 'utf16-le', '', 'nope', 5, null].map((e) => Buffer.isEncoding(e)));
check('legacy slices', () => {
  const b = Buffer.from('héllo');
  return [b.utf8Slice(0, 3), b.latin1Slice(1, 3), b.hexSlice(), b.base64Slice(0, 2), b.asciiSlice(1, 2)];
});
check('atob btoa', () => [atob(' YW Jj '), atob('YQ'), atob('YQ=='), btoa('\xff\xfe\x00'), btoa(''), atob('')]);
check('atob bad length', () => atob('Y'));
check('atob bad char', () => atob('YQ-a'));
check('atob = inside', () => atob('YQ=a'));
check('atob three =', () => atob('Y==='));
check('btoa wide char', () => btoa('€'));
check('atob and btoa from module', () => [require('buffer').atob === atob, require('buffer').btoa === btoa]);
