// Turns any result of a path call into JSON text both Node and Hatchery produce identically.
'use strict';
module.exports = function describe(run) {
  let expected;
  try {
    const value = run();
    if (typeof value === 'string' || typeof value === 'boolean') expected = { value };
    else if (typeof value === 'function') expected = { value: '<function>' };
    else if (value === undefined || typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'number') {
      expected = { value: `<${typeof value}:${String(value)}>` };
    } else expected = { value };
  } catch (e) {
    expected = { error: e.name, code: e.code, message: e.message };
  }
  return JSON.stringify(expected);
};
