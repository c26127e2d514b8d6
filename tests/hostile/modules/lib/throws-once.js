globalThis.count = (globalThis.count || 0) + 1; if (globalThis.count === 1) throw new Error('first time'); module.exports = 'second';
