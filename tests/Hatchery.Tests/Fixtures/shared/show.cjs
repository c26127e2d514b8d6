// Prints values the same way under Node and Hatchery without relying on util.inspect. Fixtures in several folders
// require it; it is a .cjs file so that it is not a fixture itself.
function show(value) {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Error) return `${value.name} ${value.code}: ${value.message}`;
  if (value instanceof Uint8Array) {
    const name = Buffer.isBuffer(value) ? 'Buffer' : value.constructor.name;
    return `<${name} ${Array.from(value, (b) => b.toString(16).padStart(2, '0')).join(' ')}>`;
  }
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).map((k) => `${k}: ${show(value[k])}`).join(', ')}}`;
  return String(value);
}

/** Prints `label: result` of f(), or the error it throws. */
function check(label, f) {
  let result;
  try {
    result = show(f());
  } catch (e) {
    result = `throws ${show(e)}`;
  }
  console.log(`${label}: ${result}`);
}

const bases = [TypeError, RangeError, Error];

/**
 * Prints how f() fails: the base class the error answers `constructor` with, its code, how it prints (a coded error
 * shows "Name [CODE]: message", one from Node's C++ shows "Name: message") and its own enumerable keys.
 */
function checkError(label, f) {
  try {
    console.log(`${label}: no throw, ${show(f())}`);
  } catch (e) {
    const base = bases.find((b) => e.constructor === b);
    console.log(`${label}: ${base ? base.name : 'other'} ${e.code} | ${e} | keys ${Object.keys(e)}`);
  }
}

module.exports = { show, check, checkError };
