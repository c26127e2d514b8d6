// A failing re-export in a module the main file imports.
import { x } from './reexport.mjs';
console.log(x);
