// uuid: v5/v3 name-based ids, validate, parse/stringify, version.
const { v3, v5, v4, validate, version, parse, stringify, NIL } = require('uuid');
const id = v5('hello', v5.URL);
console.log(id, v3('hello', v3.DNS), validate(id), version(id), validate('nope'), NIL);
console.log(stringify(parse(id)) === id, Array.from(parse(id)).slice(0, 4).join(','), validate(v4()), version(v4()));
