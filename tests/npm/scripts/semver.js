// semver: version parsing, comparison and ranges across many small modules.
const semver = require('semver');
console.log(semver.valid('1.2.3'), semver.valid('a.b.c'), semver.clean('  =v1.2.3   '), semver.coerce('v2.x.y').version);
console.log(semver.satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'), semver.gt('1.2.3', '9.8.7'), semver.lt('1.2.3', '9.8.7'));
console.log(semver.minVersion('>=1.0.0').version, semver.inc('1.2.3-beta.1', 'prerelease'), semver.inc('1.2.3', 'premajor', 'rc'));
const versions = ['1.10.0', '1.2.0', '1.2.0-alpha.10', '1.2.0-alpha.2', '0.9.9', '2.0.0-rc.1'];
console.log(versions.slice().sort(semver.compare), semver.rsort(versions.slice()));
console.log(semver.maxSatisfying(versions, '^1.0.0'), semver.minSatisfying(versions, '~1.2.0'), semver.diff('1.2.3', '1.3.0'));
console.log(new semver.Range('^1.2.3 || ~0.5').range, semver.validRange('>=1 <2'), semver.intersects('^1.0.0', '^1.5.0'), semver.outside('3.0.0', '^2.0.0', '>'));
console.log(semver.parse('1.2.3-pre.4+build.5'));
try { new semver.SemVer('nope'); } catch (e) { console.log(e.name, e.message); }
