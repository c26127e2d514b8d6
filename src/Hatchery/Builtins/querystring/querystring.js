// Node's querystring module: the lenient form codec that predates URLSearchParams.

const codec = require('internal/url-codec');
const { ERR_INVALID_URI } = require('internal/errors');

// Characters escape() leaves alone: letters, digits and - . _ ~ ! ' ( ) *.
const unescaped = /^[A-Za-z0-9\-._~!'()*]$/;

function escape(text) {
  if (typeof text !== 'string') {
    if (typeof text === 'object') text = String(text);
    else text += '';
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += unescaped.test(ch) ? ch : '%' + (code < 16 ? '0' : '') + code.toString(16).toUpperCase();
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code >= 0xdc00 || !(next >= 0xdc00 && next <= 0xdfff)) throw new ERR_INVALID_URI();
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
      continue;
    }
    out += encodeURIComponent(ch);
  }
  return out;
}

function unescapeBuffer(text, decodeSpaces) {
  const bytes = codec.percentDecode(decodeSpaces ? String(text).replace(/\+/g, ' ') : String(text));
  return typeof Buffer === 'function' ? Buffer.from(bytes) : new Uint8Array(bytes);
}

function unescape(text, decodeSpaces) {
  try {
    return decodeURIComponent(text);
  } catch {
    // Malformed escapes are kept and broken UTF-8 becomes U+FFFD, as Node's byte-wise fallback does.
    return codec.percentDecodeString(decodeSpaces ? String(text).replace(/\+/g, ' ') : String(text));
  }
}

function primitive(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && isFinite(value)) return '' + value;
  if (typeof value === 'bigint') return '' + value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return '';
}

function stringify(object, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  const encode = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : module.exports.escape;
  if (object === null || typeof object !== 'object') return '';
  const parts = [];
  for (const key of Object.keys(object)) {
    const value = object[key];
    const prefix = encode(primitive(key)) + eq;
    if (Array.isArray(value)) {
      for (const item of value) parts.push(prefix + encode(primitive(item)));
    } else {
      parts.push(prefix + encode(primitive(value)));
    }
  }
  return parts.join(sep);
}

function parse(text, sep, eq, options) {
  const result = Object.create(null);
  if (typeof text !== 'string' || text.length === 0) return result;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const decode = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : module.exports.unescape;
  let pairs = text.split(sep);
  if (maxKeys > 0 && pairs.length > maxKeys) pairs = pairs.slice(0, maxKeys);
  for (const pair of pairs) {
    if (pair.length === 0) continue;
    const at = pair.indexOf(eq);
    const rawKey = at < 0 ? pair : pair.slice(0, at);
    const rawValue = at < 0 ? '' : pair.slice(at + eq.length);
    const key = decodePart(rawKey.replace(/\+/g, ' '), decode);
    const value = decodePart(rawValue.replace(/\+/g, ' '), decode);
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else result[key] = [existing, value];
  }
  return result;
}

function decodePart(text, decode) {
  try {
    return decode(text);
  } catch {
    return module.exports.unescape(text, true);
  }
}

module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
