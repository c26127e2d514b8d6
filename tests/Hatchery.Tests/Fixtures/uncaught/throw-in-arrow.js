// A throw inside an arrow function.
const fail = (what) => {
  throw new Error(what);
};
fail('arrow');
