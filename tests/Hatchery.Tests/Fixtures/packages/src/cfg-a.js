module.exports = 'imports:cfg-a'
