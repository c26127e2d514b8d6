exports.a = 1;
module.exports.b = 2;
exports['c'] = 3;
Object.defineProperty(exports, 'd', { enumerable: true, get() { return 4; } });
Object.defineProperty(exports, 'e', { value: 5 });
const key = 'f';
exports[key] = 6;
Object.assign(exports, { g: 7 });
if (false) exports.h = 8;
// exports.comment = 1
const s = "exports.str = 1";
exports.default = 'dflt';
exports.afterRegex = /exports.inRegex = 1/.test('x') ? 1 : 2;
const t = `exports.inTemplate = ${1 + { a: 1 }.a}`;
module.exports['q-r'] = 'quoted';
exports.x = exports.y = void 0;
Object.defineProperty(exports, 'viaGetter', { enumerable: true, get: function () { return t.length; } });
