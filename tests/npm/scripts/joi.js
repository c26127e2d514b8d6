// joi: object schemas, conversion, error details, custom messages.
const Joi = require('joi');
const schema = Joi.object({ name: Joi.string().min(2).required(), age: Joi.number().integer().min(0), email: Joi.string().email(), tags: Joi.array().items(Joi.string()).unique() });
console.log(JSON.stringify(schema.validate({ name: 'Al', age: '42', tags: ['a', 'b'] })));
const r = schema.validate({ name: 'A', age: -1, email: 'x', tags: ['a', 'a'] }, { abortEarly: false });
console.log(r.error.message);
console.log(r.error.details.map((d) => d.type).join(','), Joi.string().pattern(/^a/).validate('b').error.message);
