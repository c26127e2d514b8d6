// A module namespace object as util.inspect and console.log show it, and util.types' brand check.
import * as ns from './lib/namespace-values.js';
import util from 'node:util';

console.log(ns);
console.log(util.inspect({ inner: ns }, { depth: 0 }));
console.log(util.types.isModuleNamespaceObject(ns), util.types.isModuleNamespaceObject({}));
console.log(Object.prototype.toString.call(ns), Object.keys(ns));
