// zod: schema validation with error reporting; exits with a code set from the result.
const { z } = require('zod');
const User = z.object({
  name: z.string().min(2),
  email: z.string().email(),
  age: z.number().int().positive().optional(),
  role: z.enum(['admin', 'user']).default('user'),
  tags: z.array(z.string()).max(3),
  meta: z.record(z.union([z.string(), z.number()])).optional(),
}).strict();
console.log(User.parse({ name: 'Ada', email: 'ada@example.com', tags: ['x'] }));
const bad = User.safeParse({ name: 'A', email: 'nope', age: -1.5, tags: ['a', 'b', 'c', 'd'], extra: 1 });
console.log(bad.success, JSON.stringify(bad.error.issues.map((i) => [i.path.join('.'), i.code, i.message])));
console.log(bad.error.flatten());
const Coerce = z.object({ n: z.coerce.number(), d: z.coerce.date(), b: z.string().transform((s) => s.length).pipe(z.number().lt(5)) });
console.log(Coerce.parse({ n: '42', d: '2020-01-01T00:00:00Z', b: 'abc' }));
const Shape = z.discriminatedUnion('kind', [z.object({ kind: z.literal('circle'), r: z.number() }), z.object({ kind: z.literal('square'), s: z.number() })]);
console.log(Shape.parse({ kind: 'square', s: 2 }), Shape.safeParse({ kind: 'tri' }).error.issues[0].message);
const Refined = z.string().refine((s) => s === s.toUpperCase(), { message: 'must be upper case' });
z.promise(z.number()).parseAsync(Promise.resolve(5)).then(async (v) => {
  console.log('async', await v, Refined.safeParse('abc').error.issues[0].message);
  process.exitCode = bad.success ? 0 : 3;
});
