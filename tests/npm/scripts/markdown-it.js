// markdown-it: commonmark rendering, tables, linkify off, plugins via rules, tokens.
const md = require('markdown-it')({ html: false, typographer: true });
console.log(md.render('# Title\n\nSome *emphasis* and **strong**, `code` -- "quotes"\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n'));
console.log(md.renderInline('[link](http://x.y "t") <b>no</b>'), md.parse('> quote', {}).map((t) => t.type).join(','));
