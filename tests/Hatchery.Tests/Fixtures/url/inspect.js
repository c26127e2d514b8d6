// What util.inspect would print comes from the custom inspect hooks.
const custom = Symbol.for('nodejs.util.inspect.custom');
const url = new URL('https://u:p@example.com:8080/a?b=1&c=%27#c');
console.log(url[custom](2, {}));
console.log(url.searchParams[custom](2, {}));
console.log(new URLSearchParams()[custom](2, {}));
