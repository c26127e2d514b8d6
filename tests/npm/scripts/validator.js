// validator: string validators and sanitizers.
const validator = require('validator');
const checks = [
  ['isEmail', 'foo@bar.com'], ['isEmail', 'foo@bar'], ['isURL', 'https://example.com/a?b=c'], ['isURL', 'not a url'],
  ['isIP', '192.168.0.1'], ['isIP', '::ffff:127.0.0.1'], ['isUUID', '123e4567-e89b-12d3-a456-426614174000'], ['isCreditCard', '4111111111111111'],
  ['isISO8601', '2020-01-01T00:00:00Z'], ['isJSON', '{"a":1}'], ['isBase64', 'aGVsbG8='], ['isHexColor', '#abcdef'], ['isMobilePhone', '+14155552671'],
  ['isStrongPassword', 'Abcdef1!'], ['isSemVer', '1.2.3-rc.1'], ['isIBAN', 'GB82WEST12345698765432'], ['isMACAddress', '01:23:45:67:89:ab'],
  ['isPostalCode', '90210', 'US'], ['isAlpha', 'Ünïcode', 'de-DE'], ['isSlug', 'a-b-c'], ['isJWT', 'a.b.c'], ['isLatLong', '45.5,-122.6'],
];
for (const [name, value, extra] of checks) console.log(name, value, extra === undefined ? validator[name](value) : validator[name](value, extra));
console.log(validator.escape('<a href="x">&</a>'), validator.normalizeEmail('Foo.Bar+tag@GMAIL.com'), validator.trim('  x  '), validator.toInt('42px'), validator.toDate('2020-01-02').toISOString());
console.log(validator.blacklist('abc123', '0-9'), validator.stripLow('a\u0001b'), validator.version);
