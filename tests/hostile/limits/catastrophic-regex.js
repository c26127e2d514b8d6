// hostile: a regular expression with catastrophic backtracking (Jint's own regex timeout is 10 s)
// args: --timeout 500
// exit: 124
// stderr: Time limit exceeded
/(a+)+$/.test('a'.repeat(40) + 'b');
