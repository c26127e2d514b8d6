// hostile: four functions with 100,000 parameters each (separate, joined, a pattern, async), each called, under an 8 s limit (about 1 s by hand under load; 8 s for CI beside parallel processes): Jint's first call checks the names for duplicates quadratically (2.4 s each on a quiet machine, 12 s under load, past the limit), so past 16,384 parameters the constructors refuse with V8's SyntaxError, with the count Hatchery allows in place of V8's 65,534 (Node: a RangeError for the 100,000-argument spread; 16,384 made and called: tests/Hatchery.Tests/Node/FunctionConstructorTests.cs)
// args: --timeout 8000
// exit: 0
// stdout: separate SyntaxError Too many parameters in function definition (only 16384 allowed)
// stdout: joined SyntaxError Too many parameters in function definition (only 16384 allowed)
// stdout: pattern SyntaxError Too many parameters in function definition (only 16384 allowed)
// stdout: async SyntaxError Too many parameters in function definition (only 16384 allowed)
const names = Array.from({ length: 100000 }, (_, i) => 'a' + i);
const joined = names.join(',');
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
const attempts = {
  separate: () => new Function(...names, 'return 1'),
  joined: () => Function(joined, 'return 1'),
  pattern: () => new Function('{' + joined + '}', 'return 1'),
  async: () => new AsyncFunction(...names, 'return 1'),
};
for (const [name, make] of Object.entries(attempts)) {
  try { const f = make(); console.log(name, 'made', f.length, f()); } catch (e) { console.log(name, e.name, e.message); }
}
