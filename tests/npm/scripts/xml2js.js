// xml2js: parseString with options, Builder output.
const xml2js = require('xml2js');
xml2js.parseString('<root><a x="1">hi</a><a>there</a><b/></root>', (err, result) => console.log(err, JSON.stringify(result)));
xml2js.parseString('<r><n>5</n></r>', { explicitArray: false, valueProcessors: [xml2js.processors.parseNumbers] }, (e, r) => console.log(JSON.stringify(r)));
console.log(new xml2js.Builder({ headless: true }).buildObject({ root: { $: { id: 7 }, item: ['a', 'b'] } }));
xml2js.parseString('<bad', (err) => console.log('error:', err.message.split('\n')[0]));
