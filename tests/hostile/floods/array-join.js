// hostile: joining an array of 2^31 holes, which Jint walks element by element
// args: --timeout 1000
// exit: 124
// stderr: Time limit exceeded
Array(2 ** 31).join('x');
