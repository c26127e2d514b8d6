// A thrown string prints quoted, with the caret at the end of the statement.
console.log('before');
throw 'abc';
