// Named imports from CommonJS: the names Node's cjs-module-lexer finds in the source, default is module.exports.
import * as forms from './forms.cjs';
import * as literal from './literal.cjs';
import * as transpiled from './transpiled.cjs';
import * as reexport from './reexport.cjs';
import * as star from './star.cjs';
import * as plain from './plain/index.js';
import * as babel from './babel.cjs';
import { a, b, h, 'q-r' as quoted } from './forms.cjs';

const show = (ns) => Object.keys(ns).map((k) => `${k}=${k === 'default' ? typeof ns[k] : JSON.stringify(ns[k])}`).join(' ');
for (const [name, ns] of Object.entries({ forms, literal, transpiled, reexport, star, plain, babel })) console.log(name, show(ns));
console.log(a, b, h, quoted);
console.log(forms.default === (await import('./forms.cjs')).default);
