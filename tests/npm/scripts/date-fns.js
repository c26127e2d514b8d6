// date-fns: formatting, arithmetic, differences and parsing on fixed UTC-free dates.
const { format, addDays, differenceInDays, parseISO, isBefore, eachDayOfInterval, startOfWeek, formatDistanceStrict, addMonths, isValid } = require('date-fns');
const d = new Date(2024, 1, 28, 13, 5, 9);
console.log(format(d, 'yyyy-MM-dd HH:mm:ss EEEE do MMMM'), format(addDays(d, 2), 'P'), format(addMonths(d, 12), 'PPP'));
console.log(differenceInDays(new Date(2024, 11, 25), d), isBefore(d, parseISO('2025-01-01')), isValid(parseISO('nope')));
console.log(eachDayOfInterval({ start: d, end: addDays(d, 3) }).map((x) => format(x, 'MM/dd')).join(' '), format(startOfWeek(d), 'EEE d'));
console.log(formatDistanceStrict(d, addDays(d, 45)), formatDistanceStrict(d, new Date(2024, 1, 28, 13, 6, 0)));
