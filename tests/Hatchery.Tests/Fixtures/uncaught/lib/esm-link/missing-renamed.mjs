// A renamed import of a missing name names the imported name.
import {
  x,
  y as z,
} from './x.mjs';
console.log(x, z);
