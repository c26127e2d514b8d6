const util = require('util');
const log = (...a) => console.log(a.map((x) => typeof x === 'string' ? x : JSON.stringify(x)).join(' '));

log('same', util === require('node:util'), util.types === require('util/types'));
log('format', util.format('a', 1, 'b'), util.format(), util.format('x'));
log('inspect', util.inspect('str'), util.inspect(42), util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
log('defaultOptions', util.inspect.defaultOptions.depth, util.inspect.defaultOptions.showHidden);

function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} speaks`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
const d = new Dog('rex');
log('inherits', d.speak(), d instanceof Animal, Dog.super_ === Animal, Object.keys(Dog));
try { util.inherits(Dog, null); } catch (e) { log('inherits bad', e.code, e.message); }
try { util.inherits(null, Animal); } catch (e) { log('inherits bad ctor', e.code, e.message); }
try { util.inherits(Dog, {}); } catch (e) { log('inherits bad proto', e.code, e.message); }

log('legacy', util.isArray([]), util.isBoolean(false), util.isNull(null), util.isNullOrUndefined(undefined),
  util.isNumber(1), util.isString('s'), util.isSymbol(Symbol()), util.isUndefined(undefined),
  util.isObject({}), util.isObject(null), util.isPrimitive(1), util.isPrimitive({}), util.isFunction(() => {}),
  util.isRegExp(/x/), util.isDate(new Date()), util.isError(new Error()), util.isError({}));

log('strip', util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain \u001b[1mbold\u001b[22m'));
try { util.stripVTControlCharacters(1); } catch (e) { log('strip bad', e.code, e.message); }
log('usv', util.toUSVString('a\ud800b\udc00c\ud83d\ude00').split('').map((c) => c.charCodeAt(0).toString(16)));
log('encoders', typeof util.TextEncoder === typeof globalThis.TextEncoder, typeof util.TextDecoder === typeof globalThis.TextDecoder);

const debug = util.debuglog('foo');
debug('hidden %s', 'x');
log('debuglog', debug.enabled, typeof util.debug);
log('extend', util._extend({ a: 1 }, { b: 2 }));
