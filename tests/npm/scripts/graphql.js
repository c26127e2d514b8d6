// graphql: build a schema from SDL, execute queries, report validation errors.
const { buildSchema, graphql, parse, print } = require('graphql');
const schema = buildSchema('type Query { hello(name: String = "world"): String, nums: [Int] }');
const rootValue = { hello: ({ name }) => `Hello ${name}`, nums: () => [1, 2, 3] };
graphql({ schema, source: '{ hello nums a: hello(name: "x") }', rootValue }).then((r) => console.log(JSON.stringify(r)));
graphql({ schema, source: '{ nope }', rootValue }).then((r) => console.log(JSON.stringify(r)));
console.log(print(parse('query Q($id: ID!) { user(id: $id) { name, ...F } } fragment F on User { age }')));
