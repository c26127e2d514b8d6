// path/posix and path/win32: the same objects as path.posix and path.win32, with and without node:.
const p=require('path');console.log(require('path/posix')===p.posix, require('node:path/win32')===p.win32, require('path/win32').join('a','b'))
