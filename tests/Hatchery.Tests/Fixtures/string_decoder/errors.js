// StringDecoder's coded errors: class, code, message and how they print.
const { checkError } = require('../shared/show.cjs');
const { StringDecoder } = require('string_decoder');

checkError('unknown encoding', () => new StringDecoder('nope'));
checkError('empty encoding', () => new StringDecoder(''));
checkError('number encoding', () => new StringDecoder(5));
checkError('object encoding', () => new StringDecoder({}));
checkError('symbol encoding', () => new StringDecoder(Symbol('s')));
checkError('null encoding', () => new StringDecoder(null).encoding);
checkError('write number', () => new StringDecoder().write(5));
checkError('write object', () => new StringDecoder().write({}));
checkError('write String object', () => new StringDecoder().write(new String('x'.repeat(40))));
checkError('end number', () => new StringDecoder('hex').end(5));

try {
  new StringDecoder('nope');
} catch (e) {
  console.log(e.stack.split('\n')[0]);
  console.error(e);
}
