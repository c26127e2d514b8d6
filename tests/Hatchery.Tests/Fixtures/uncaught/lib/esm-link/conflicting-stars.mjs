// Two star exports that both provide the name.
import { y } from './stars.mjs';
console.log(y);
