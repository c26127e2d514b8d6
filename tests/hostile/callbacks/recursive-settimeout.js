// hostile: a runaway loop in recursive settimeout
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
function f() { setTimeout(f, 0); } f();
