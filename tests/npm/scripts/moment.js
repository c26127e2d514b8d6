// moment: utc parsing, formatting, manipulation, diff and durations.
const moment = require('moment');
const m = moment.utc('2024-02-29T10:20:30Z');
console.log(m.format('YYYY-MM-DD dddd Do [at] HH:mm'), m.clone().add(1, 'year').format('L'), m.clone().startOf('week').format('ddd D MMM'));
console.log(m.diff(moment.utc('2023-01-01'), 'days'), moment.duration(3725, 'seconds').asMinutes(), m.isLeapYear(), m.toISOString());
console.log(moment.utc('31/12/2020', 'DD/MM/YYYY').format('X'), moment.utc('not a date', 'YYYY-MM-DD', true).isValid(), m.from(m.clone().add(3, 'hours')));
