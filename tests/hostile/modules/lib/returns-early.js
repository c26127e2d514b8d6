module.exports = 'early'; return; module.exports = 'late';
