process.stdin.on('readable', () => { let c; while ((c = process.stdin.read()) !== null) console.log('read', JSON.stringify(c.toString())); });
process.stdin.on('end', () => { console.log('ended'); });
