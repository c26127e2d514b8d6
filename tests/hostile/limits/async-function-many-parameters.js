// hostile: AsyncFunction, GeneratorFunction and AsyncGeneratorFunction (not globals: reached through their prototypes) with 16,384 separate parameter names each, the most the guard allows, under a 10 s limit (beside the parallel CLI tests a 3 s limit was too tight) (Jint alone: 0.1-0.2 s each here, 21-36 s at 100,000, which the guard refuses)
// args: --timeout 10000
// exit: 0
// stdout: created function function function
const names = Array.from({ length: 16384 }, (_, i) => 'p' + i);
const constructors = [async function () {}, function* () {}, async function* () {}].map((f) => Object.getPrototypeOf(f).constructor);
const made = constructors.map((C) => {
  try { return typeof new C(...names, 'return 1') } catch (e) { return 'caught ' + e.name }
});
console.log('created', made.join(' '));
