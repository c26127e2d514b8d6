// hostile: requiring a file too deeply nested for Jint is an error the requirer can catch, naming the file
// exit: 0
// stdout: caught SyntaxError
// stdout: long-sum.js
try { require('./modules/long-sum.js') } catch (e) { console.log('caught', e.name, e.message) }
