// path/posix and path/win32: the same objects as path.posix and path.win32, with and without node:.
const path = require('path');
console.log(require('path/posix') === path.posix, require('node:path/win32') === path.win32, require('path/win32').join('a', 'b'));
