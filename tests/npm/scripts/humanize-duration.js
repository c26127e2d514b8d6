// humanize-duration: durations in words, languages, units and rounding.
const hd = require('humanize-duration');
console.log(hd(3000), hd(97320000), hd(97320000, { units: ['h', 'm'] }), hd(1200, { round: true }), hd(3600000, { language: 'de' }));
console.log(hd(123456789, { largest: 2, delimiter: ' and ' }), hd(500, { language: 'fr' }), hd.humanizer({ language: 'shortEn', languages: { shortEn: { y: () => 'y', mo: () => 'mo', w: () => 'w', d: () => 'd', h: () => 'h', m: () => 'm', s: () => 's', ms: () => 'ms' } } })(3723000));
