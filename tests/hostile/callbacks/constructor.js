// hostile: a runaway loop in constructor
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
class A { constructor() { for (;;) {} } } new A();
