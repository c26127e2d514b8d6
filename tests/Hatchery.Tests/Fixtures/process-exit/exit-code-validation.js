// process.exitCode accepts what process.exit accepts and throws on the rest.
for (const value of [' ', 'Infinity', -(2 ** 53), 'abc', 1.5, {}, true, '2.5', '', ' 4 ', 2 ** 40, NaN, -1, 300, '0x10', null, undefined, '7']) {
  try {
    process.exitCode = value;
    console.log('ok', JSON.stringify(value), process.exitCode);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
process.exitCode = '5';
process.on('exit', (code) => console.log('exit', code));
