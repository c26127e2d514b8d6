// pipeTo and pipeThrough: chunks in order, close propagation, prevent* options, errors both ways, AbortSignal, and
// async iteration with break and preventCancel; require('stream/web') gives the globals.
const web = require('stream/web');
console.log(web.ReadableStream === ReadableStream, web.WritableStream === WritableStream, web.TransformStream === TransformStream,
  require('node:stream/web').TextEncoderStream === TextEncoderStream);
const log = (...a) => console.log(...a);
const source = (items, extra = {}) => new ReadableStream({
  start(c) { for (const item of items) c.enqueue(item); if (!extra.open) c.close(); },
  cancel(reason) { log('source cancelled', reason instanceof Error ? reason.message : reason); },
});
const sink = (name, extra = {}) => new WritableStream({
  write(chunk) { log(name, 'write', chunk); if (extra.failOn === chunk) throw new Error(`${name} rejects ${chunk}`); },
  close() { log(name, 'close'); },
  abort(reason) { log(name, 'abort', reason instanceof Error ? reason.message : reason); },
});
(async () => {
  await source([1, 2, 3]).pipeTo(sink('basic'));
  log('piped');
  const open = sink('kept open');
  await source(['x']).pipeTo(open, { preventClose: true });
  log('open still', open.locked, await open.getWriter().write('later'));
  try { await source([1, 2, 3]).pipeTo(sink('failing', { failOn: 2 })); } catch (e) { log('pipe rejected', e.message); }
  const broken = new ReadableStream({ start(c) { c.enqueue('a'); c.error(new Error('source broke')); } });
  try { await broken.pipeTo(sink('dest of broken')); } catch (e) { log('pipe rejected', e.message); }
  const controller = new AbortController();
  const endless = new ReadableStream({ pull(c) { c.enqueue('tick'); }, cancel(r) { log('endless cancelled', r.name); } });
  let count = 0;
  const stopping = endless.pipeTo(new WritableStream({ write() { if (++count === 3) controller.abort(); }, abort(r) { log('dest aborted', r.name); } }), { signal: controller.signal });
  try { await stopping; } catch (e) { log('aborted pipe', e.name, e.message, count); }
  try { await source([1]).pipeTo(sink('pre-aborted'), { signal: AbortSignal.abort('early') }); } catch (e) { log('pre-aborted', e); }
  const through = source(['a', 'b']).pipeThrough(new TransformStream({ transform(chunk, c) { c.enqueue(chunk + chunk); } }));
  const out = [];
  for await (const chunk of through) out.push(chunk);
  log(out);
  const iterated = source([1, 2, 3], { open: true });
  for await (const v of iterated) { log('value', v); if (v === 2) break; }
  log('after break', iterated.locked);
  const kept = source([1, 2], { open: true });
  for await (const v of kept.values({ preventCancel: true })) { log('kept', v); break; }
  log('kept unlocked', kept.locked, await kept.getReader().read());
  try { await ReadableStream.prototype.pipeTo.call(source([]), {}); } catch (e) { log(e.name, e.code); }
  const locked = source([]);
  locked.getReader();
  try { await locked.pipeTo(sink('x')); } catch (e) { log(e.name, e.code, e.message); }
  try { locked.pipeThrough(new TransformStream()); } catch (e) { log(e.name, e.code, e.message); }
})();
