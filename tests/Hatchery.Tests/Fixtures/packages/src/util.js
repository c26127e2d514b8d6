module.exports = 'self:util'
