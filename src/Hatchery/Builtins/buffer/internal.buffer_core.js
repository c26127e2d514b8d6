// What buffer_members.js, string_decoder.js and the text coding globals share: the Uint8Array subclass every Buffer
// is an instance of (built in C# with Buffer, BufferFunction.cs), the encoding numbers the C# bindings take, and the
// way to the coded errors they throw.

const UTF8 = 1, UCS2 = 2, LATIN1 = 3, ASCII = 4, HEX = 5, BASE64 = 6, BASE64URL = 7;
const encodingNames = [undefined, 'utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url'];

const { FastBuffer } = binding;

/**
 * The encoding number of a name as Node spells them (any case), or 0 if unknown. As in Node's normalizeEncoding,
 * no name (undefined, null or '') means UTF-8.
 */
function encodingOf(encoding) {
  if (encoding === undefined || encoding === null || encoding === '') return UTF8;
  if (encoding === 'utf8' || encoding === 'utf-8') return UTF8;
  switch (String(encoding).toLowerCase()) {
    case 'utf8': case 'utf-8': return UTF8;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return UCS2;
    case 'latin1': case 'binary': return LATIN1;
    case 'ascii': return ASCII;
    case 'hex': return HEX;
    case 'base64': return BASE64;
    case 'base64url': return BASE64URL;
    default: return 0;
  }
}

let errors;

/**
 * internal/errors, required when the first error is thrown: a runtime's first Buffer, TextEncoder or TextDecoder
 * would otherwise evaluate it (thirty-odd error classes) without needing it.
 */
function lazyErrors() {
  return errors ??= require('internal/errors');
}

module.exports = { UTF8, UCS2, LATIN1, ASCII, HEX, BASE64, BASE64URL, encodingNames, FastBuffer, encodingOf, lazyErrors };
