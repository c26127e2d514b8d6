// mime-types: requires a large JSON database (mime-db) and path.extname.
const mime = require('mime-types');
for (const file of ['index.html', 'photo.JPG', 'data.json', 'archive.tar.gz', 'style.css', 'x.unknownext', 'README', 'font.woff2']) {
  console.log(file, mime.lookup(file), mime.contentType(file), mime.charset(mime.lookup(file) || ''));
}
console.log(mime.extension('application/octet-stream'), mime.extension('text/html; charset=utf-8'), mime.extensions['image/jpeg']);
console.log(mime.contentType('text/plain'), mime.types.mp4, Object.keys(mime.types).length > 500);
