// etag: strong ETags from content (crypto.createHash('sha1'), base64) and weak ones from fs.Stats of real files.
const etag = require('etag');
const fs = require('fs');
const os = require('os');
const path = require('path');

console.log('empty', etag(''));
console.log('string', etag('Hello, ETag!'));
console.log('unicode', etag('naïve café ☕'));
console.log('buffer', etag(Buffer.from([0, 1, 2, 3, 254, 255])));
console.log('weak option', etag('Hello, ETag!', { weak: true }));
console.log('large', etag('x'.repeat(100000)));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'npm-etag-'));
try {
  const file = path.join(dir, 'page.html');
  fs.writeFileSync(file, '<h1>cached</h1>');
  fs.utimesSync(file, 1700000000, 1700000000);
  const stats = fs.statSync(file);
  console.log('stats', etag(stats));
  console.log('stats strong', etag(stats, { weak: false }).startsWith('"'));
  fs.appendFileSync(file, '<p>more</p>');
  fs.utimesSync(file, 1700000000, 1700000001);
  console.log('changed file', etag(fs.statSync(file)));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
for (const bad of [() => etag(), () => etag(42), () => etag('x', { weak: 'yes' })]) {
  try { console.log(bad()); } catch (e) { console.log(e.name, e.message); }
}
