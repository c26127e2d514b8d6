// hostile: requiring a file of 50,000 nested parentheses loads it or fails with an error the requirer catches
// exit: 0
// stdout~: ^(loaded 1|caught RangeError)$
try { console.log('loaded', require('./modules/deep-parens.js')) } catch (e) { console.log('caught', e.name) }
