// hostile: eval of 100,000 nested parentheses: Jint's parser gives up where the script cannot catch it
// exit: 1
// stderr: RangeError: Maximum call stack size exceeded
// stderr: eval-parens.js:
try { eval('('.repeat(1e5) + '1' + ')'.repeat(1e5)); console.log('ok') } catch (e) { console.log('caught', e.name) }
