// filesize: human sizes in SI and IEC, bits, precision and objects.
const { filesize, partial } = require('filesize');
console.log(filesize(265318), filesize(265318, { base: 2 }), filesize(265318, { bits: true }), filesize(1, { output: 'object' }).unit, filesize(1e15, { round: 0 }));
console.log(JSON.stringify(filesize(265318, { output: 'array' })), partial({ standard: 'iec' })(1048576), filesize(0), filesize(1500, { spacer: '' }));
