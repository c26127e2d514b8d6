// hostile: AsyncFunction, GeneratorFunction and AsyncGeneratorFunction (not globals: reached through their prototypes) with 100,000 separate parameter names each under an 8 s limit (Jint alone joins them quadratically: 21-36 s each, past the limit)
// args: --timeout 8000
// exit: 0
// stdout: created function function function
const names = Array.from({ length: 100000 }, (_, i) => 'p' + i);
const constructors = [async function () {}, function* () {}, async function* () {}].map((f) => Object.getPrototypeOf(f).constructor);
const made = constructors.map((C) => {
  try { return typeof new C(...names, 'return 1') } catch (e) { return 'caught ' + e.name }
});
console.log('created', made.join(' '));
