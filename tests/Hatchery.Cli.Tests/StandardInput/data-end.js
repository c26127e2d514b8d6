process.stdin.setEncoding('utf8');
let text = '', chunks = 0;
process.stdin.on('data', (c) => { chunks++; text += c; console.log('type', typeof c); });
process.stdin.on('end', () => console.log('end', JSON.stringify(text), chunks > 0));
process.on('exit', (c) => console.log('exit', c));
