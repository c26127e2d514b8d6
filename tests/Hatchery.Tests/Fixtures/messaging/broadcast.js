const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const c = new BroadcastChannel('other');
console.log(a.name, String(a));
b.onmessage = (e) => { console.log('b got', e.data, e.constructor.name); if (e.data.n === 2) { a.close(); b.close(); c.close(); } };
c.onmessage = () => console.log('c got (wrong)');
a.onmessage = () => console.log('a got its own (wrong)');
a.postMessage({ n: 1 });
a.postMessage({ n: 2 });
setImmediate(() => console.log('immediate'));
try { a.postMessage(); } catch (e) { console.log(e.name, e.message); }
process.on('exit', () => {
  try { a.postMessage(1); } catch (e) { console.log(e.name, e.message); }
  console.log('exit');
});
