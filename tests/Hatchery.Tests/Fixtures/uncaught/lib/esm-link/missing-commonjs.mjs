// A named import from CommonJS that the lexer does not find.
import { a, b as c } from './c.cjs';
console.log(a, c);
