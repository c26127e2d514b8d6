// FormData: entries of strings and files, set/delete, iteration, errors, and both formData() encodings round-tripped
// through a Response.
const fd = new FormData();
fd.append('a', '1');
fd.append('f', new Blob(['xy'], { type: 'text/plain' }), 'n.txt');
fd.append('b', new Blob(['z']));
fd.append('a', 'again');
fd.set('c', 3);
const show = (value) => (typeof value === 'string' ? value : `${value.constructor.name}(${value.name}, ${value.size}, ${value.type})`);
console.log([...fd].map(([k, v]) => `${k}=${show(v)}`));
console.log(fd.getAll('a'), show(fd.get('f')), fd.get('none'), fd.has('b'), fd.has('x'));
fd.set('a', 'only');
fd.delete('b');
console.log([...fd.keys()], [...fd.values()].map(show));
fd.forEach((value, key, form) => console.log(key, show(value), form === fd));
for (const attempt of [() => fd.append('a'), () => fd.append('a', 'x', 'y'), () => new FormData({})]) {
  try { attempt(); } catch (e) { console.log(e.name, e.message); }
}
console.log(Object.prototype.toString.call(fd), Object.keys(FormData.prototype));
(async () => {
  const response = new Response(fd);
  const type = response.headers.get('content-type');
  console.log(type.replace(/boundary=.*/, 'boundary=…'));
  const body = await response.text();
  const boundary = type.split('boundary=')[1];
  console.log(JSON.stringify(body.split(boundary).join('BOUNDARY')));
  const parsed = await new Response(body, { headers: { 'content-type': type } }).formData();
  console.log([...parsed].map(([k, v]) => `${k}=${show(v)}`));
  const urlencoded = await new Response('a=1&b=%20x&a=2', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData();
  console.log([...urlencoded]);
  try { await new Response('zz').formData(); } catch (e) { console.log(e.name, e.message); }
})();
