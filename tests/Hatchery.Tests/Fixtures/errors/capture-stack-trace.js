'use strict';
// Error.captureStackTrace, Error.stackTraceLimit and Error.prepareStackTrace, V8's stack API that Node code relies on.
// Frames differ between V8 and Jint (Node's loader frames, columns), so only a stack's first line and whether it
// names a function are printed.
const path = require('path');

// Whether a stack has a frame of the function named `name` (V8 writes a constructor's as `new Name`).
function hasFrame(stack, name) {
  return stack.split('\n').some((line) => line.startsWith(`    at ${name} (`) || line.startsWith(`    at new ${name} (`));
}
function attributes(descriptor) {
  return ['writable', 'enumerable', 'configurable'].filter((a) => descriptor[a]).join(' ');
}

console.log('captureStackTrace:', typeof Error.captureStackTrace, Error.captureStackTrace.name, Error.captureStackTrace.length,
  attributes(Object.getOwnPropertyDescriptor(Error, 'captureStackTrace')));
console.log('stackTraceLimit:', Error.stackTraceLimit, attributes(Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')));

// A class that hides its own constructor, as most libraries' errors do.
class HttpError extends Error {
  constructor(message, status) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    Error.captureStackTrace(this, HttpError);
  }
}
function failRequest() {
  return new HttpError('Not Found', 404);
}
const http = failRequest();
console.log('class:', http.stack.split('\n')[0], '| caller:', hasFrame(http.stack, 'failRequest'),
  '| constructor:', hasFrame(http.stack, 'HttpError'), '| instanceof:', http instanceof HttpError, http.status);
const own = Object.getOwnPropertyDescriptor(http, 'stack');
console.log('descriptor:', typeof own.value, attributes(own), '| keys:', Object.keys(http).join(','));

// One that passes no constructorOpt keeps its constructor's frame; a subclass of it captures again.
class Shown extends Error {
  constructor(message) {
    super(message);
    Error.captureStackTrace(this);
  }
}
class Deeper extends Shown {
  constructor() {
    super('deeper');
    this.name = 'Deeper';
    Error.captureStackTrace(this, Deeper);
  }
}
function makeShown() {
  return new Shown('shown');
}
const shown = makeShown();
console.log('no constructorOpt:', shown.stack.split('\n')[0], hasFrame(shown.stack, 'Shown'), hasFrame(shown.stack, 'makeShown'));
const deeper = (function makeDeeper() { return new Deeper(); })();
console.log('captured twice:', deeper.stack.split('\n')[0], hasFrame(deeper.stack, 'Shown'), hasFrame(deeper.stack, 'Deeper'),
  hasFrame(deeper.stack, 'makeDeeper'));

// The function-style error of older packages: name and message set after the capture still head the stack, which
// is made when it is first read.
function LegacyError(message) {
  Error.captureStackTrace(this, LegacyError);
  this.name = 'LegacyError';
  this.message = message;
}
LegacyError.prototype = Object.create(Error.prototype, { constructor: { value: LegacyError } });
const legacy = new LegacyError('old style');
console.log('function style:', legacy.stack.split('\n')[0], hasFrame(legacy.stack, 'LegacyError'), legacy instanceof Error);

// Any object can be the target; its first line is Error.prototype.toString's, whatever the object's toString.
const plain = { message: 'plain' };
Error.captureStackTrace(plain);
plain.message = 'changed before the first read';
console.log('plain object:', JSON.stringify(plain.stack.split('\n')[0]), hasFrame(plain.stack, 'captureStackTrace'));
const custom = { name: 'Custom', message: 'm', toString() { return 'not used'; } };
Error.captureStackTrace(custom);
console.log('custom toString:', custom.stack.split('\n')[0]);
const noName = { name: '', message: 'only the message' };
Error.captureStackTrace(noName);
console.log('empty name:', noName.stack.split('\n')[0]);
function namedFunction() {}
Error.captureStackTrace(namedFunction);
console.log('function target:', typeof namedFunction.stack, namedFunction.stack.split('\n')[0]);
const error = new Error('an error');
Error.captureStackTrace(error);
console.log('error target:', error.stack.split('\n')[0], Object.prototype.hasOwnProperty.call(error, 'stack'));
console.log('returns:', Error.captureStackTrace({}));

// Frames above and including constructorOpt are left out; one not on the stack leaves none; a non-function is ignored.
// (Calls not in tail position: Jint, unlike V8, drops a strict-mode caller's frame for a tail call.)
function outer() { const stack = middle(); return stack; }
function middle() { const stack = inner(); return stack; }
function inner() {
  const o = {};
  Error.captureStackTrace(o, middle);
  return o.stack;
}
const skipped = outer();
console.log('skipped:', ['inner', 'middle', 'outer'].map((n) => `${n} ${hasFrame(skipped, n)}`).join(', '));
const absent = {};
Error.captureStackTrace(absent, function notOnTheStack() {});
console.log('not on the stack:', JSON.stringify(absent.stack));
const ignored = {};
(function caller() { Error.captureStackTrace(ignored, 42); })();
console.log('non-function constructorOpt:', hasFrame(ignored.stack, 'caller'));

// The target must be an object, and one that can take a stack.
for (const value of [undefined, null, 42, 'text', true, Symbol('s')]) {
  try {
    Error.captureStackTrace(value);
    console.log('no throw for', typeof value);
  } catch (e) {
    console.log(`${String(value)}: ${e.name} ${e.message} ${e instanceof TypeError}`);
  }
}
try {
  Error.captureStackTrace();
} catch (e) {
  console.log(`no argument: ${e.name} ${e.message}`);
}
try {
  Error.captureStackTrace(Object.freeze({}));
} catch (e) {
  console.log(`frozen: ${e.name} ${e.message}`);
}
const sealedStack = {};
Object.defineProperty(sealedStack, 'stack', { value: 'kept', configurable: false });
Error.captureStackTrace(sealedStack);
console.log('non-configurable stack:', sealedStack.stack);

// Error.stackTraceLimit: how many frames, counted after those constructorOpt leaves out.
function depth1(limit, skip) { const stack = depth2(limit, skip); return stack; }
function depth2(limit, skip) { const stack = depth3(limit, skip); return stack; }
function depth3(limit, skip) {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = limit;
  const o = {};
  Error.captureStackTrace(o, skip);
  Error.stackTraceLimit = saved;
  return o.stack;
}
const frameLines = (stack) => stack.split('\n').length - 1;
console.log('limit 1:', frameLines(depth1(1)), hasFrame(depth1(1), 'depth3'));
console.log('limit 1 after constructorOpt:', frameLines(depth1(1, depth3)), hasFrame(depth1(1, depth3), 'depth2'));
console.log('limit 2.7:', frameLines(depth1(2.7)));
console.log('limit 0:', JSON.stringify(depth1(0)), '| negative:', JSON.stringify(depth1(-5)));
console.log('limit Infinity:', hasFrame(depth1(Infinity), 'depth1'));
console.log('limit not a number:', JSON.stringify(depth1('10')), JSON.stringify(depth1(undefined)));
const limitless = {};
const savedLimit = Error.stackTraceLimit;
delete Error.stackTraceLimit;
Error.captureStackTrace(limitless);
Error.stackTraceLimit = savedLimit;
console.log('limit deleted:', limitless.stack, 'stack' in limitless, Error.stackTraceLimit);

// Error.prepareStackTrace, called on the first read with the target and its call sites (as depd uses it).
function probe() {
  const o = {};
  Error.captureStackTrace(o);
  return o;
}
const probed = probe();
Error.prepareStackTrace = (target, sites) => {
  const site = sites[0];
  return [target === probed, Array.isArray(sites), site.getFunctionName(), path.basename(site.getFileName()),
    site.getLineNumber(), typeof site.getColumnNumber(), site.isEval(), site.isNative(), String(site).startsWith('probe (')].join(' ');
};
console.log('prepareStackTrace:', probed.stack);
Error.prepareStackTrace = undefined;
console.log('after prepareStackTrace:', probe().stack.split('\n')[0]);
