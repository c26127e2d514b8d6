// toml: tables, arrays of tables, dates and errors.
const toml = require('toml');
const d = toml.parse('title = "TOML"\n[owner]\nname = "Tom"\ndob = 1979-05-27T07:32:00Z\n[[fruit]]\nname = "apple"\n[[fruit]]\nname = "banana"\n[database]\nports = [ 8001, 8002 ]\nenabled = true\npi = 3.14\n');
console.log(JSON.stringify(d), d.owner.dob.getTime());
try { toml.parse('a = = 1'); } catch (e) { console.log(e.name, e.line, e.column, e.message); }
