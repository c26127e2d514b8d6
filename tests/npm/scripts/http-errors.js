// http-errors: create errors by code, name and properties.
const createError = require('http-errors');
const e = createError(404, 'No such thing', { extra: 1 });
console.log(e.name, e.message, e.status, e.statusCode, e.expose, e.extra, e instanceof createError.HttpError, e instanceof Error);
const e2 = new createError.InternalServerError();
console.log(e2.name, e2.message, e2.expose, createError(418).message, createError.isHttpError(e2), JSON.stringify(Object.keys(createError(400))));
