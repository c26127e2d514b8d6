module.exports = { a };
function a() {}
