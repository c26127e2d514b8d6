// hostile: an 8,000-deep recursion that Node runs to the end
// exit: 0
// stdout: 8000
function d(n){ return n === 0 ? 0 : 1 + d(n - 1) }
console.log(d(8000));
