// iconv-lite: legacy encodings through Buffer (single-byte, DBCS, UTF-16, UTF-7).
const iconv = require('iconv-lite');
const text = 'Grüße, Привет, 日本語!';
for (const enc of ['win1251', 'latin1', 'utf16le', 'utf16be', 'shift_jis', 'gbk', 'utf7', 'cp437', 'koi8-r', 'big5']) {
  const bytes = iconv.encode(text, enc);
  console.log(enc, bytes.length, bytes.toString('hex').slice(0, 48), iconv.decode(bytes, enc));
}
console.log(iconv.encodingExists('euc-kr'), iconv.encodingExists('nope'));
console.log(iconv.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]), 'utf8'), iconv.decode(Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'utf16'));
const decoder = iconv.getDecoder('utf8');
console.log(decoder.write(Buffer.from([0xe2, 0x82])) + '|' + decoder.write(Buffer.from([0xac])) + '|' + (decoder.end() || ''));
