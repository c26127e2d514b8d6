// hostile: new Function with 100,000 parameters, then its first call, under a 5 s limit (1 s by hand; 5 s for CI beside parallel tests): Jint's first call checks the names for duplicates quadratically (12 s, past the limit), so past 16,384 parameters the constructors refuse with V8's SyntaxError, with the count Hatchery allows in place of V8's 65,534 (Node: a RangeError for the 100,000-argument spread)
// args: --timeout 5000
// exit: 0
// stdout: separate SyntaxError Too many parameters in function definition (only 16384 allowed)
// stdout: joined SyntaxError Too many parameters in function definition (only 16384 allowed)
// stdout: pattern SyntaxError Too many parameters in function definition (only 16384 allowed)
// stdout: async SyntaxError Too many parameters in function definition (only 16384 allowed)
// stdout: at the limit 16384 1
const names = Array.from({ length: 100000 }, (_, i) => 'a' + i);
const some = names.slice(0, 20000);
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
const attempts = {
  separate: () => new Function(...names, 'return 1'),
  joined: () => Function(names.join(','), 'return 1'),
  pattern: () => new Function('{' + some.join(',') + '}', 'return 1'),
  async: () => new AsyncFunction(...some, 'return 1'),
};
for (const [name, make] of Object.entries(attempts)) {
  try { const f = make(); console.log(name, 'made', f.length, f()); } catch (e) { console.log(name, e.name, e.message); }
}
const most = new Function(...names.slice(0, 16384), 'return 1');
console.log('at the limit', most.length, most());
