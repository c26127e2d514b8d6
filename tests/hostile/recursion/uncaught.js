// hostile: unbounded recursion nobody catches
// exit: 1
// stderr: RangeError: Maximum call stack size exceeded
function f(){ return f() + 1 } f()
