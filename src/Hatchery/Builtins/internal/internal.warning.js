// process.emitWarning when the runtime has one; otherwise prints warnings to stderr in Node's format.

let hintShown = false;

function write(text) {
  if (typeof process === 'object' && process.stderr && typeof process.stderr.write === 'function') process.stderr.write(text);
  else console.error(text.replace(/\n$/, ''));
}

function print(warning) {
  const pid = typeof process === 'object' ? process.pid : 0;
  let text = `(node:${pid}) ${warning.code ? `[${warning.code}] ` : ''}${warning.name}: ${warning.message}\n`;
  // Node shows the --trace hint once per process, after the first warning.
  if (!hintShown) {
    hintShown = true;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    text += `(Use \`node ${flag} ...\` to show where the warning was created)\n`;
  }
  write(text);
}

function emitWarning(warning, type = 'Warning', code = undefined) {
  if (typeof process === 'object' && typeof process.emitWarning === 'function') {
    process.emitWarning(warning, type, code);
    return;
  }
  if (typeof warning === 'string') {
    const error = new Error(warning);
    error.name = String(type);
    if (code !== undefined) error.code = code;
    warning = error;
  }
  if (warning.name === 'DeprecationWarning' && typeof process === 'object' && process.noDeprecation) return;
  // Node prints warnings on a later tick, after the code that caused them.
  if (typeof process === 'object' && typeof process.nextTick === 'function') process.nextTick(print, warning);
  else print(warning);
}

module.exports = { emitWarning, printWarning: print };
