const a = 1, c = 3;
module.exports = { a, b: c, 'q-r': 2, ...require('./forms.cjs'), get z() { return 1; }, fn() {} , 'str': 9};
