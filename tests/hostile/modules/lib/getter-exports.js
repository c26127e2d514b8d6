Object.defineProperty(exports, 'boom', { enumerable: true, get() { throw new Error('from getter'); } });
