// hostile: eval of a 200,000-term sum: past Jint's 256 nesting levels, and near the parser's stack (which error comes first depends on JIT tiering)
// exit: 1
// stderr~: SyntaxError: Script nesting exceeds maximum depth of 256 levels|RangeError: Maximum call stack size exceeded
// stderr: eval-long-sum.js:
try { console.log(eval(Array(200000).fill('1').join('+'))) } catch (e) { console.log('caught', e.name) }
