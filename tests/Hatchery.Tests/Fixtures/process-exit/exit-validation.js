// process.exit validates its argument before ending the process.
for (const value of [{}, true, 'abc', 1.5, '2.5', NaN, Infinity, 'Infinity', 2 ** 53, '']) {
  try {
    process.exit(value);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
process.exit(null);
