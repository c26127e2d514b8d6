// ajv: compiles schemas to JavaScript with new Function and validates data.
const Ajv = require('ajv');
const ajv = new Ajv({ allErrors: true });
const schema = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 2 },
    age: { type: 'integer', minimum: 0, maximum: 150 },
    tags: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    kind: { enum: ['a', 'b'] },
    nested: { type: 'object', properties: { x: { type: 'number' } }, required: ['x'], additionalProperties: false },
  },
  required: ['name', 'age'],
  additionalProperties: false,
};
const validate = ajv.compile(schema);
const samples = [
  { name: 'Ada', age: 36, tags: ['x', 'y'], kind: 'a', nested: { x: 1 } },
  { name: 'A', age: -1, tags: ['x', 'x'], kind: 'c', nested: { y: 1 }, extra: true },
  { age: 1.5 },
];
for (const sample of samples) {
  const ok = validate(sample);
  console.log(ok, JSON.stringify(validate.errors && validate.errors.map((e) => [e.instancePath, e.keyword, e.message])));
}
console.log(ajv.errorsText([{ instancePath: '/a', message: 'bad' }]));
ajv.addKeyword({ keyword: 'even', type: 'number', validate: (s, d) => (d % 2 === 0) === s });
const even = ajv.compile({ type: 'number', even: true });
console.log(even(4), even(5));
const ref = ajv.compile({ $id: 'http://x/tree', type: 'object', properties: { kids: { type: 'array', items: { $ref: '#' } } } });
console.log(ref({ kids: [{ kids: [] }, { kids: [{ kids: 1 }] }] }), ref.errors[0].instancePath);
