module.exports = 'imports:internal'
