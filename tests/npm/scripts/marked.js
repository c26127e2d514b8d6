// marked: Markdown to HTML; an "exports" map whose require condition is a UMD build.
const { marked, Marked, Lexer } = require('marked');
const md = `# Title

Some *emphasis*, **strong**, \`code\` and a [link](https://example.com "t").

- item one
- item two
  1. nested

| a | b |
|---|:-:|
| 1 | 2 |

\`\`\`js
const x = 1 < 2;
\`\`\`

> quote with <b>html</b>

Line  
break ~~strike~~ https://auto.link
`;
console.log(marked.parse(md));
const tokens = Lexer.lex('# h\n\npara');
console.log(tokens.map((t) => t.type).join(','));
const custom = new Marked({ renderer: { heading(text, level) { return `<h${level} class="x">${text}</h${level}>\n`; } } });
console.log(custom.parse('## Custom'));
console.log(marked.parseInline('inline **bold**'));
