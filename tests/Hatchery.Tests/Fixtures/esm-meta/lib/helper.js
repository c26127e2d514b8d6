// A second module: import.meta describes the module that reads it.
export const meta = { url: import.meta.url, filename: import.meta.filename, dirname: import.meta.dirname };
export const resolved = import.meta.resolve('./helper.js');
