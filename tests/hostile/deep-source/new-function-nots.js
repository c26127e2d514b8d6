// hostile: new Function of 100,000 logical nots
// exit: 0
// stdout: ok
try { new Function('!'.repeat(1e5) + '1'); console.log('ok') } catch (e) { console.log('caught', e.name) }
