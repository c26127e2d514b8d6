export { x, y } from './x.mjs';
