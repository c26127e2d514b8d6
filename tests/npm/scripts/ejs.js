// ejs: templates read from files (renderFile, include, the file cache), and a template streamed in and out with fs streams.
const ejs = require('ejs');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'npm-ejs-'));
fs.mkdirSync(path.join(dir, 'partials'));
fs.writeFileSync(path.join(dir, 'page.ejs'), '<h1><%= title %></h1>\n<%- include("partials/list", { items }) %>\n<%# a comment %><p><%= items.length %> items</p>\n');
fs.writeFileSync(path.join(dir, 'partials', 'list.ejs'), '<ul>\n<% items.forEach((item) => { -%>\n  <li><%= item %></li>\n<% }) -%>\n</ul>');
fs.writeFileSync(path.join(dir, 'broken.ejs'), 'line one\n<%= missing.value %>\n');

const data = { title: 'Fish & <Chips>', items: ['cod', 'haddock', 'plaice'] };
ejs.renderFile(path.join(dir, 'page.ejs'), data, { cache: true }, (err, html) => {
  console.log('renderFile', err, JSON.stringify(html));
  console.log('cached', Object.keys(ejs.cache._data).map((file) => path.relative(dir, file)));
  ejs.renderFile(path.join(dir, 'broken.ejs'), {}, (err2) => {
    console.log('error', err2.name, err2.message.replace(dir, 'DIR').split('\n').slice(0, 4).join(' | '));
    ejs.renderFile(path.join(dir, 'none.ejs'), {}).catch((err3) => {
      console.log('missing', err3.code, path.relative(dir, err3.path));
      streamed();
    });
  });
});

function streamed() {
  const chunks = [];
  fs.createReadStream(path.join(dir, 'partials', 'list.ejs'), { encoding: 'utf8', highWaterMark: 16 })
    .on('data', (chunk) => chunks.push(chunk))
    .on('end', () => {
      const render = ejs.compile(chunks.join(''));
      const out = fs.createWriteStream(path.join(dir, 'out.html'));
      out.end(render({ items: ['a', 'b'] }), () => {
        console.log('streamed', chunks.length, 'chunks ->', JSON.stringify(fs.readFileSync(path.join(dir, 'out.html'), 'utf8')), out.bytesWritten);
        fs.rmSync(dir, { recursive: true });
      });
    });
}
