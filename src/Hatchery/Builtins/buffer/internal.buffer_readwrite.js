// Buffer's fixed-width number readers and writers (readUInt8 … writeBigInt64BE, readUIntLE …), with Node's
// offset and value checks and error messages. A handful of bytes per call, so plain JavaScript suffices.

const { lazyErrors } = require('internal/buffer_core');

function validateOffsetType(offset) {
  if (typeof offset !== 'number') throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('offset', 'number', offset);
}

/** Node's error for a bad offset (or byteLength, when `name` is given) whose last valid value is `last`. */
function boundsError(value, last, name) {
  const { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = lazyErrors();
  if (Math.floor(value) !== value) {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name || 'offset', 'number', value);
    throw new ERR_OUT_OF_RANGE(name || 'offset', 'an integer', value);
  }
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(name || 'offset', `>= ${name ? 1 : 0} and <= ${last}`, value);
}

function checkBounds(buffer, offset, size) {
  validateOffsetType(offset);
  if (!(offset >= 0 && offset + size <= buffer.length && Math.floor(offset) === offset)) {
    boundsError(offset, buffer.length - size);
  }
}

function checkByteLength(byteLength) {
  if (!(byteLength >= 1 && byteLength <= 6 && Math.floor(byteLength) === byteLength)) boundsError(byteLength, 6, 'byteLength');
}

function checkValue(value, min, max, size) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (size > 4) {
      const bits = size * 8;
      range = min === 0 || min === 0n
        ? `>= 0${n} and < 2${n} ** ${bits}${n}`
        : `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new (lazyErrors().ERR_OUT_OF_RANGE)('value', range, value);
  }
}

function readUnsigned(buffer, offset, size, littleEndian) {
  let value = 0;
  for (let i = 0; i < size; i++) value += buffer[littleEndian ? offset + i : offset + size - 1 - i] * 2 ** (8 * i);
  return value;
}

function readSigned(buffer, offset, size, littleEndian) {
  const value = readUnsigned(buffer, offset, size, littleEndian);
  return value >= 2 ** (8 * size - 1) ? value - 2 ** (8 * size) : value;
}

/** Writes the low `size` bytes of `value` as Node does: ToUint32 for the low word, floor(value / 2^32) above it. */
function writeBytes(buffer, value, offset, size, littleEndian) {
  const low = value >>> 0;
  const high = Math.floor(value * 2 ** -32);
  for (let i = 0; i < size; i++) {
    // Storing into the Uint8Array keeps the low eight bits, as ToUint8 does.
    buffer[littleEndian ? offset + i : offset + size - 1 - i] = i === 0 ? value : i < 4 ? low >>> (8 * i) : high >>> (8 * (i - 4));
  }
  return offset + size;
}

function reader(size, signed, littleEndian) {
  return function (offset = 0) {
    checkBounds(this, offset, size);
    return (signed ? readSigned : readUnsigned)(this, offset, size, littleEndian);
  };
}

function writer(size, signed, littleEndian) {
  const max = signed ? 2 ** (8 * size - 1) - 1 : 2 ** (8 * size) - 1;
  const min = signed ? -(2 ** (8 * size - 1)) : 0;
  return function (value, offset = 0) {
    value = +value;
    // Node checks a single byte's offset type before its value, and wider values before their offset.
    if (size === 1) validateOffsetType(offset);
    checkValue(value, min, max, size);
    checkBounds(this, offset, size);
    return writeBytes(this, value, offset, size, littleEndian);
  };
}

// As Node's, the variable-width methods take no default offset: a missing one is ERR_INVALID_ARG_TYPE.
function variableReader(signed, littleEndian) {
  return function (offset, byteLength) {
    if (offset === undefined) validateOffsetType(offset);
    checkByteLength(byteLength);
    checkBounds(this, offset, byteLength);
    return (signed ? readSigned : readUnsigned)(this, offset, byteLength, littleEndian);
  };
}

function variableWriter(signed, littleEndian) {
  return function (value, offset, byteLength) {
    checkByteLength(byteLength);
    value = +value;
    if (byteLength === 1) validateOffsetType(offset);
    const bits = 8 * byteLength;
    checkValue(value, signed ? -(2 ** (bits - 1)) : 0, signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1, byteLength);
    checkBounds(this, offset, byteLength);
    return writeBytes(this, value, offset, byteLength, littleEndian);
  };
}

const scratch = new DataView(new ArrayBuffer(8));

// .NET stores NaN with the sign bit set; V8, and so Node, stores the positive quiet NaN.
function writeCanonicalNaN(size, littleEndian) {
  if (size === 4) {
    scratch.setUint32(0, 0x7fc00000, littleEndian);
  } else {
    scratch.setUint32(littleEndian ? 4 : 0, 0x7ff80000, littleEndian);
    scratch.setUint32(littleEndian ? 0 : 4, 0, littleEndian);
  }
}

function floatReader(size, littleEndian) {
  const get = size === 4 ? DataView.prototype.getFloat32 : DataView.prototype.getFloat64;
  return function (offset = 0) {
    checkBounds(this, offset, size);
    for (let i = 0; i < size; i++) scratch.setUint8(i, this[offset + i]);
    return get.call(scratch, 0, littleEndian);
  };
}

function floatWriter(size, littleEndian) {
  const set = size === 4 ? DataView.prototype.setFloat32 : DataView.prototype.setFloat64;
  return function (value, offset = 0) {
    value = +value;
    checkBounds(this, offset, size);
    if (Number.isNaN(value)) writeCanonicalNaN(size, littleEndian);
    else set.call(scratch, 0, value, littleEndian);
    for (let i = 0; i < size; i++) this[offset + i] = scratch.getUint8(i);
    return offset + size;
  };
}

function bigReader(signed, littleEndian) {
  return function (offset = 0) {
    checkBounds(this, offset, 8);
    const low = BigInt(readUnsigned(this, littleEndian ? offset : offset + 4, 4, littleEndian));
    const highRead = signed ? readSigned : readUnsigned;
    const high = BigInt(highRead(this, littleEndian ? offset + 4 : offset, 4, littleEndian));
    return (high << 32n) + low;
  };
}

function bigWriter(signed, littleEndian) {
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  return function (value, offset = 0) {
    checkValue(value, min, max, 8);
    checkBounds(this, offset, 8);
    const low = Number(value & 0xffffffffn);
    const high = Number((value >> 32n) & 0xffffffffn);
    writeBytes(this, low, littleEndian ? offset : offset + 4, 4, littleEndian);
    writeBytes(this, high, littleEndian ? offset + 4 : offset, 4, littleEndian);
    return offset + 8;
  };
}

const methodName = /^(read|write)(Big)?(U?)Int(8|16|32|64)?(LE|BE)?$|^(read|write)(Float|Double)(LE|BE)$/;

/**
 * Makes the Buffer.prototype method called `name` (readUInt8 … writeBigInt64BE, readUIntLE …, readFloatLE …), named
 * as Node names it: the integer methods by their uppercase spelling, the float ones as Node's little-endian build
 * does (readFloatLE is readFloatForwards). The C# side installs them lazily (LazyPrototypeMethods.cs).
 */
module.exports = function makeReadWrite(name) {
  const [, op, big, unsigned, bits, order, floatOp, kind, floatOrder] = methodName.exec(name);
  let method;
  let nodeName = name;
  if (kind) {
    const size = kind === 'Float' ? 4 : 8;
    method = floatOp === 'read' ? floatReader(size, floatOrder === 'LE') : floatWriter(size, floatOrder === 'LE');
    nodeName = `${floatOp}${kind}${floatOrder === 'LE' ? 'Forwards' : 'Backwards'}`;
  } else if (big) {
    method = (op === 'read' ? bigReader : bigWriter)(!unsigned, order === 'LE');
  } else if (!bits) {
    method = (op === 'read' ? variableReader : variableWriter)(!unsigned, order === 'LE');
  } else {
    method = (op === 'read' ? reader : writer)(bits / 8, !unsigned, order !== 'BE');
  }
  Object.defineProperty(method, 'name', { value: nodeName });
  return method;
};
