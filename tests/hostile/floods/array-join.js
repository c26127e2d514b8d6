// hostile: joining an array of 2^31 holes with an empty separator, which Jint walks element by element (Node: instant)
// args: --timeout 1000
// exit: 124
// stderr: Time limit exceeded
Array(2 ** 31).join('');
