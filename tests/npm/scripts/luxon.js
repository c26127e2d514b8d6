// luxon: DateTime in UTC, durations, intervals, ISO parsing.
const { DateTime, Duration, Interval } = require('luxon');
const dt = DateTime.fromISO('2024-03-10T12:30:00Z', { zone: 'utc' });
console.log(dt.toISO(), dt.plus({ days: 20, hours: 5 }).toISO(), dt.startOf('month').toISODate(), dt.weekday, dt.ordinal);
console.log(Duration.fromObject({ hours: 2, minutes: 90 }).shiftTo('hours').hours, Duration.fromISO('P1Y2M3DT4H').toISO());
const iv = Interval.fromDateTimes(dt, dt.plus({ weeks: 3 }));
console.log(iv.length('days'), iv.contains(dt.plus({ days: 1 })), dt.toFormat('yyyy LLL dd HH:mm'), DateTime.fromISO('bad').isValid);
