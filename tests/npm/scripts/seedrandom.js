// seedrandom: deterministic PRNGs from seeds, alternative algorithms, state save.
const seedrandom = require('seedrandom');
const rng = seedrandom('hello.');
console.log(rng(), rng(), rng.int32(), rng.quick());
const a = seedrandom.alea('seed'), x = seedrandom.xor4096('seed', { state: true });
console.log(a(), x(), seedrandom('hello.')() === seedrandom('hello.')());
const y = seedrandom.xor4096('', { state: x.state() }); console.log(y() === x());
