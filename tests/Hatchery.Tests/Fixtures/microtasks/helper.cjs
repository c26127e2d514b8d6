console.log('in helper');
module.exports = 1;
