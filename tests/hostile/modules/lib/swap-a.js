require('./swap-b'); module.exports = { name: 'swapped' };
