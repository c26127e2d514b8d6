// fuse.js: fuzzy search with keys, scores and extended search.
const Fuse = require('fuse.js');
const books = [{ title: "Old Man's War", author: 'John Scalzi' }, { title: 'The Lock Artist', author: 'Steve Hamilton' }, { title: 'HTML5', author: 'Remy Sharp' }, { title: 'Right Ho Jeeves', author: 'P.G. Wodehouse' }];
const fuse = new Fuse(books, { keys: ['title', 'author'], includeScore: true });
console.log(JSON.stringify(fuse.search('jon').map((r) => [r.item.title, r.refIndex, r.score.toFixed(4)])));
console.log(JSON.stringify(new Fuse(books, { keys: ['title'], useExtendedSearch: true }).search("'Man | ^HTML").map((r) => r.item.title)));
