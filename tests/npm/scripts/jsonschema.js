// jsonschema: validation with refs, formats and error lists.
const { Validator } = require('jsonschema');
const v = new Validator();
v.addSchema({ id: '/Addr', type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }, '/Addr');
const schema = { type: 'object', properties: { name: { type: 'string', minLength: 2 }, addr: { $ref: '/Addr' }, n: { type: 'integer', maximum: 5 } } };
console.log(v.validate({ name: 'Al', addr: { city: 'X' }, n: 3 }, schema).valid);
console.log(v.validate({ name: 'A', addr: {}, n: 9 }, schema).errors.map((e) => e.stack).join('\n'));
