globalThis.loads = (globalThis.loads || 0) + 1; delete require.cache[__filename]; module.exports = globalThis.loads;
