// A default import of a module without a default export.
import d from './nodefault.mjs';
console.log(d);
