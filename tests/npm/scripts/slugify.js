// slugify: unicode transliteration, options, custom replacements.
const slugify = require('slugify');
console.log(slugify('Some String with ÜMLÄUTS & Symbols!'), slugify('Crème Brûlée', { lower: true }), slugify('a_b c', { replacement: '_', strict: true }));
slugify.extend({ '☢': 'radioactive' });
console.log(slugify('unicode ♥ is ☢'), slugify('  trim  me  ', { trim: true }), slugify('Ελληνικά Русский', { locale: 'en' }));
