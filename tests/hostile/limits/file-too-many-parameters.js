// hostile: a required CommonJS file and an imported ES module each declaring a function of 100,000 parameters, under a time limit: Jint checks the names for duplicates while it prepares the file, quadratically and past any limit (13 s before the check); refused before preparation with V8's SyntaxError and the file's line; a file with as many commas in an array literal still loads
// args: --timeout 8000
// exit: 0
// stdout: cjs SyntaxError Too many parameters in function definition (only 16384 allowed) :2
// stdout: data 100000
// stdout: esm SyntaxError Too many parameters in function definition (only 16384 allowed)
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hatchery-params-'));
const names = Array.from({ length: 100000 }, (_, i) => 'a' + i).join(',');
const body = `exports.n = 1;\nfunction f(${names}) { return a0; }\n`;
fs.writeFileSync(path.join(dir, 'many.js'), body);
fs.writeFileSync(path.join(dir, 'many.mjs'), `export const n = 1;\nfunction f(${names}) { return a0; }\n`);
fs.writeFileSync(path.join(dir, 'data.js'), `module.exports = [${names.replace(/a/g, '')}].length;\n`);
try { require(path.join(dir, 'many.js')); console.log('cjs loaded'); } catch (e) { console.log('cjs', e.name, e.message, /many\.js(:\d+)/.exec(e.stack)?.[1]); }
console.log('data', require(path.join(dir, 'data.js')));
import(path.join(dir, 'many.mjs')).then(() => console.log('esm loaded'), (e) => console.log('esm', e.name, e.message))
  .finally(() => fs.rmSync(dir, { recursive: true, force: true }));
