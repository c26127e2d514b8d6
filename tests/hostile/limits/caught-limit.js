// hostile: a script that tries to catch the time limit and carry on
// args: --timeout 500
// exit: 124
// stderr: Time limit exceeded
console.log('started');
for (;;) { try { for (;;) {} } catch (e) { console.log('caught', e); } }
