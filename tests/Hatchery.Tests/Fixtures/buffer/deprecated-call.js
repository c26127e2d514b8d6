// DEP0005: Buffer() from a package is not warned about; from the script, once.
console.log(require('legacy-buffer')(2));
console.log(new Buffer('ab'), Buffer(1), Buffer('c'));
