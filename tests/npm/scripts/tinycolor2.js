// tinycolor2: parse colours, convert, manipulate, readability.
const tinycolor = require('tinycolor2');
const c = tinycolor('#ff8800');
console.log(c.toRgbString(), c.toHslString(), c.lighten(10).toHexString(), tinycolor('rgb(255, 0, 0)').spin(120).toHex(), tinycolor('red').toName());
console.log(tinycolor.readability('#000', '#fff'), tinycolor.mostReadable('#123', ['#124', '#fff', '#000']).toHexString(), tinycolor('hsv(0, 100%, 100%)').isDark(), tinycolor('nope').isValid());
console.log(tinycolor('#f00').triad().map((t) => t.toHexString()).join(','), tinycolor.mix('#000', '#fff', 25).toHexString());
