// classnames: plain main plus the dedupe and bind variants through subpaths.
const classNames = require('classnames');
const dedupe = require('classnames/dedupe');
const bind = require('classnames/bind');
console.log(classNames('foo', { bar: true, duck: false }, 'baz', { quux: true }));
console.log(classNames(null, false, 'bar', undefined, 0, 1, { baz: null }, '', ['a', ['b', { c: true }]]));
console.log(classNames({ toString() { return 'custom'; } }));
console.log(dedupe('foo', 'foo', 'bar', { foo: false }));
const cx = bind.bind({ foo: 'abc', bar: 'def' });
console.log(cx('foo', { bar: true, baz: true }));
