module.exports = 'sibling of ' + require('path').basename(__dirname);
