// htmlparser2: streaming callbacks and the DOM handler.
const { Parser, parseDocument, DomUtils } = require('htmlparser2');
const events = [];
const parser = new Parser({ onopentag: (n, a) => events.push(`<${n} ${JSON.stringify(a)}>`), ontext: (t) => t.trim() && events.push(t.trim()), onclosetag: (n) => events.push(`</${n}>`) });
parser.write('<div class="x">Hello <b>world</b><br><img src=a.png></div>'); parser.end();
console.log(events.join(' '));
const doc = parseDocument('<ul><li id="a">One</li><li>Two &amp; three</li></ul>');
console.log(DomUtils.getElementsByTagName('li', doc).map((e) => DomUtils.textContent(e)).join('|'), DomUtils.getElementById('a', doc).name);
