module.exports = 'self:app'
