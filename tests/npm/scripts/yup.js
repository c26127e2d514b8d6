// yup: schemas, casting, async validation errors, transforms.
const yup = require('yup');
const schema = yup.object({ name: yup.string().required().trim(), age: yup.number().positive().integer(), site: yup.string().url() });
console.log(JSON.stringify(schema.cast({ name: '  bob ', age: '7' })), schema.isValidSync({ name: 'x', age: 1.5 }));
schema.validate({ age: -1, site: 'nope' }, { abortEarly: false }).catch((e) => console.log(e.name, e.errors.join(' | ')));
