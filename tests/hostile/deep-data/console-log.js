// hostile: console.log of a 1,000,000-deep array cuts at depth 2 as Node does
// exit: 0
// stdout: [ [ [ [Array] ] ] ]
let a = []; for (let i = 0; i < 1e6; i++) a = [a];
console.log(a);
