// Host parsing for URLs: domains (through IDNA), IPv4 in all its legacy spellings, IPv6, and opaque hosts.

const codec = require('internal/url-codec');

const FAILURE = null;
const decimal = /^[0-9]+$/;
const octal = /^[0-7]+$/;
const hexadecimal = /^[0-9A-Fa-f]+$/;
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isHexDigit = (c) => c !== undefined && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));

const forbiddenHost = /[\u0000\t\n\r #/:<>?@[\\\]^|]/;
const forbiddenDomain = /[\u0000-\u001f #%/:<>?@[\\\]^|\u007f]/;

// Parses a host string into its serialised form, or null.
function parseHost(input, isOpaque) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return FAILURE;
    const address = parseIPv6(input.slice(1, -1));
    return address === FAILURE ? FAILURE : '[' + serializeIPv6(address) + ']';
  }
  if (isOpaque) {
    if (forbiddenHost.test(input)) return FAILURE;
    let out = '';
    for (const cp of input) out += codec.encode(cp, codec.C0_CONTROL);
    return out;
  }
  // Without a '%' the decode is the identity; skipping it saves a byte-by-byte pass on every host.
  const domain = input.includes('%') ? codec.utf8Decode(codec.percentDecode(input)) : input;
  const ascii = codec.domainToASCII(domain);
  if (ascii === null || ascii === '' || forbiddenDomain.test(ascii)) return FAILURE;
  if (endsInANumber(ascii)) {
    const address = parseIPv4(ascii);
    return address === FAILURE ? FAILURE : serializeIPv4(address);
  }
  return ascii;
}

function endsInANumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && decimal.test(last)) return true;
  return parseIPv4Number(last) !== FAILURE;
}

function parseIPv4Number(input) {
  if (input === '') return FAILURE;
  let radix = 10;
  if (input.length >= 2 && (input.startsWith('0x') || input.startsWith('0X'))) {
    radix = 16;
    input = input.slice(2);
  } else if (input.length >= 2 && input[0] === '0') {
    radix = 8;
    input = input.slice(1);
  }
  if (input === '') return 0;
  const valid = radix === 16 ? hexadecimal : radix === 8 ? octal : decimal;
  if (!valid.test(input)) return FAILURE;
  return parseInt(input, radix);
}

function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return FAILURE;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (n === FAILURE) return FAILURE;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return FAILURE;
  const last = numbers[numbers.length - 1];
  if (last >= Math.pow(256, 5 - numbers.length)) return FAILURE;
  let address = last;
  for (let i = 0; i < numbers.length - 1; i++) address += numbers[i] * Math.pow(256, 3 - i);
  return address;
}

function serializeIPv4(address) {
  const octets = [];
  for (let i = 0; i < 4; i++) {
    octets.unshift(String(address % 256));
    address = Math.floor(address / 256);
  }
  return octets.join('.');
}

function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  const cps = Array.from(input);
  let pieceIndex = 0, compress = null, pointer = 0;
  if (cps[0] === ':') {
    if (cps[1] !== ':') return FAILURE;
    pointer += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (cps[pointer] !== undefined) {
    if (pieceIndex === 8) return FAILURE;
    if (cps[pointer] === ':') {
      if (compress !== null) return FAILURE;
      pointer++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0, length = 0;
    while (length < 4 && isHexDigit(cps[pointer])) {
      value = value * 16 + parseInt(cps[pointer], 16);
      pointer++;
      length++;
    }
    if (cps[pointer] === '.') {
      if (length === 0) return FAILURE;
      pointer -= length;
      if (pieceIndex > 6) return FAILURE;
      let numbersSeen = 0;
      while (cps[pointer] !== undefined) {
        let piece = null;
        if (numbersSeen > 0) {
          if (cps[pointer] === '.' && numbersSeen < 4) pointer++;
          else return FAILURE;
        }
        if (!isDigit(cps[pointer])) return FAILURE;
        while (isDigit(cps[pointer])) {
          const n = cps[pointer].charCodeAt(0) - 48;
          if (piece === null) piece = n;
          else if (piece === 0) return FAILURE;
          else piece = piece * 10 + n;
          if (piece > 255) return FAILURE;
          pointer++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return FAILURE;
      break;
    } else if (cps[pointer] === ':') {
      pointer++;
      if (cps[pointer] === undefined) return FAILURE;
    } else if (cps[pointer] !== undefined) {
      return FAILURE;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return FAILURE;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is written as "::".
  let best = -1, bestLength = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLength) {
      best = i;
      bestLength = j - i;
    }
    i = j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === best) {
      out += i === 0 ? '::' : ':';
      i += bestLength - 1;
      continue;
    }
    out += address[i].toString(16);
    if (i < 7) out += ':';
  }
  return out;
}

module.exports = { parseHost };
