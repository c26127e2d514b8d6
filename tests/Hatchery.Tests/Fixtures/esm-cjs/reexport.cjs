module.exports = require('./transpiled.cjs');
