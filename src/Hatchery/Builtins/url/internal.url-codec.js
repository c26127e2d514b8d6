// Percent-encoding sets, UTF-8 percent-encoding and decoding, and domain-to-ASCII for the URL parser.

function makeSet(extra, base) {
  const set = new Uint8Array(128);
  if (base) set.set(base);
  else for (let i = 0; i < 128; i++) set[i] = i < 0x20 || i === 0x7f ? 1 : 0;
  for (const ch of extra) set[ch.charCodeAt(0)] = 1;
  return set;
}

const C0_CONTROL = makeSet('');
const FRAGMENT = makeSet(' "<>`', C0_CONTROL);
const QUERY = makeSet(' "#<>', C0_CONTROL);
const SPECIAL_QUERY = makeSet('\'', QUERY);
const PATH = makeSet('?`{}', QUERY);
const USERINFO = makeSet('/:;=@[\\]^|', PATH);
const COMPONENT = makeSet('$%&+,', USERINFO);
const FORM = makeSet('!\'()~', COMPONENT);

const hex = (b) => '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();

// Encodes one code point (a string of one or two UTF-16 units) if it is in `set` or outside ASCII.
function encode(cp, set) {
  const code = cp.charCodeAt(0);
  if (code < 0x80) return set[code] ? hex(code) : cp;
  // encodeURIComponent writes every UTF-8 byte of a non-ASCII code point as an upper-case escape.
  return encodeURIComponent(cp);
}

function encodeString(text, set) {
  let out = '';
  for (const cp of toWellFormed(text)) out += encode(cp, set);
  return out;
}

// Replaces lone surrogates with U+FFFD, as the URL standard's scalar-value strings require.
const surrogate = /[\ud800-\udfff]/;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function toWellFormed(text) {
  return surrogate.test(text) ? text.replace(loneSurrogate, '\ufffd') : text;
}

function percentDecode(text) {
  const bytes = [];
  const utf8 = utf8Encode(text);
  for (let i = 0; i < utf8.length; i++) {
    const b = utf8[i];
    if (b === 0x25 && i + 2 < utf8.length && isHexByte(utf8[i + 1]) && isHexByte(utf8[i + 2])) {
      bytes.push(parseInt(String.fromCharCode(utf8[i + 1], utf8[i + 2]), 16));
      i += 2;
    } else {
      bytes.push(b);
    }
  }
  return bytes;
}

const isHexByte = (b) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);

function utf8Encode(text) {
  const bytes = [];
  for (const ch of toWellFormed(text)) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}

// Decodes UTF-8 with replacement characters for malformed sequences, as TextDecoder does.
function utf8Decode(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let need = 0, cp = 0, min = 0;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0x0f; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x07; min = 0x10000; }
    else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const next = bytes[i + j];
      if (next === undefined || (next & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (next & 0x3f);
    }
    if (j <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      out += '\ufffd';
      i += Math.max(1, j);
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

let idnToASCII = null;
let idnToUnicode = null;

// The URL module supplies the host's IDNA (UTS #46) mapping; the parser has no binding of its own. The global URL
// loads only the classes, so the first host that needs the mapping loads the url module, which installs it.
function useIdn(toASCII, toUnicode) {
  idnToASCII = toASCII;
  idnToUnicode = toUnicode;
}

function ensureIdn() {
  if (idnToASCII === null) require('url');
}

const asciiOnly = /^[\x00-\x7f]*$/;
const punycodeLabel = /(^|\.)xn--/i;

function domainToASCII(domain) {
  if (asciiOnly.test(domain) && !punycodeLabel.test(domain)) return domain.toLowerCase();
  ensureIdn();
  return idnToASCII ? idnToASCII(domain) : null;
}

function domainToUnicode(domain) {
  if (asciiOnly.test(domain) && !punycodeLabel.test(domain)) return domain.toLowerCase();
  ensureIdn();
  return idnToUnicode ? idnToUnicode(domain) : domain;
}

module.exports = {
  C0_CONTROL, FRAGMENT, QUERY, SPECIAL_QUERY, PATH, USERINFO, COMPONENT, FORM, encode, encodeString, toWellFormed,
  percentDecode, utf8Encode, utf8Decode, useIdn, domainToASCII, domainToUnicode,
};
