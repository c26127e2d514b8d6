// http-errors: HTTP error objects by status code and by class, with stacks from Error.captureStackTrace.
const createError = require('http-errors');

function describe(err) {
  return [err.name, err.status, err.statusCode, err.expose, JSON.stringify(err.message), err instanceof Error,
    err instanceof createError.HttpError].join(' ');
}

function notFound() {
  return new createError.NotFound();
}
const missing = notFound();
console.log(describe(missing));
// The first line is made when the stack is first read, after the name the package sets last; the class's own
// constructor is left out and its caller kept.
const frames = missing.stack.split('\n');
console.log(frames[0], frames.some((f) => f.includes('notFound')), frames.some((f) => / (new )?NotFoundError \(/.test(f)));
console.log(Object.prototype.hasOwnProperty.call(missing, 'stack'), Object.keys(missing).join(','));

console.log(describe(createError(500)));
console.log(describe(createError(503, 'Try later', { retryAfter: 120 })), createError(503, 'x', { retryAfter: 120 }).retryAfter);
console.log(describe(createError(418)));
console.log(describe(new createError[401]('Who are you?')));
console.log(describe(createError(422, 'Bad input', { expose: false })));
console.log(describe(createError('A plain message')));

const wrapped = createError(400, new TypeError('bad type'));
console.log(describe(wrapped), wrapped instanceof TypeError);
const fromError = createError(new Error('low level'));
console.log(describe(fromError));

console.log(createError.isHttpError(missing), createError.isHttpError(new Error('x')), createError.isHttpError({ status: 404 }));
console.log(String(createError(404)), createError(404).toString === Error.prototype.toString);
console.log(Object.keys(createError).filter((k) => /Error$/.test(k)).length, createError.BadGateway.name, new createError.BadGateway().status);
