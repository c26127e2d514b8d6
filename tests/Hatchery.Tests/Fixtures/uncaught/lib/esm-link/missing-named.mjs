// An import of a name the module does not export.
import { x, y } from './x.mjs';
console.log(x, y);
