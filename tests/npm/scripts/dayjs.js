// dayjs with plugins, on fixed UTC instants only.
const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc');
const duration = require('dayjs/plugin/duration');
const advancedFormat = require('dayjs/plugin/advancedFormat');
const customParseFormat = require('dayjs/plugin/customParseFormat');
const isoWeek = require('dayjs/plugin/isoWeek');
require('dayjs/locale/fr');
dayjs.extend(utc); dayjs.extend(duration); dayjs.extend(advancedFormat); dayjs.extend(customParseFormat); dayjs.extend(isoWeek);
const d = dayjs.utc('2024-02-28T23:30:15.123Z');
console.log(d.format(), d.format('YYYY-MM-DD HH:mm:ss.SSS [Q]Q Do dddd MMMM X x'));
console.log(d.add(1, 'day').format('YYYY-MM-DD'), d.add(1, 'month').endOf('month').toISOString(), d.startOf('week').toISOString());
console.log(d.diff(dayjs.utc('2023-01-01'), 'day'), d.diff(dayjs.utc('2023-01-01'), 'month', true).toFixed(4));
console.log(d.isoWeek(), d.isoWeekday(), d.daysInMonth(), d.isBefore(d.add(1, 'ms')), d.valueOf());
console.log(dayjs.utc('31/12/2023 10:20', 'DD/MM/YYYY HH:mm').toISOString(), dayjs('nonsense').isValid());
console.log(d.locale('fr').format('dddd D MMMM YYYY'));
console.log(dayjs.duration(3725000).format('HH:mm:ss'), dayjs.duration({ days: 2, hours: 3 }).asHours(), dayjs.duration(90, 'minutes').toISOString());
