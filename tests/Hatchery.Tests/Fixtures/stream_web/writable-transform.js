// WritableStream and TransformStream: sink calls and their order, backpressure through ready and desiredSize,
// abort and errors, transform/flush/terminate, the text encoding streams.
const log = (...a) => console.log(...a);
(async () => {
  const order = [];
  const ws = new WritableStream({
    start() { order.push('start'); },
    write(chunk) { order.push(`write ${chunk}`); return new Promise((r) => setTimeout(r, 5)); },
    close() { order.push('close'); },
  }, { highWaterMark: 2 });
  const writer = ws.getWriter();
  log(ws, writer.desiredSize, ws.locked);
  writer.write(1).then(() => order.push('done 1'));
  writer.write(2).then(() => order.push('done 2'));
  log('desired', writer.desiredSize);
  writer.write(3).then(() => order.push('done 3'));
  log('desired', writer.desiredSize);
  writer.ready.then(() => order.push('ready'));
  await writer.close();
  log(order, ws);
  writer.releaseLock();
  try { await writer.closed; } catch (e) { log(e.name, e.code, e.message); }

  const aborted = new WritableStream({ write() {}, abort(reason) { log('sink abort', reason); } });
  const w2 = aborted.getWriter();
  await w2.abort('stop');
  try { await w2.write('x'); } catch (e) { log('after abort', e); }
  try { await w2.closed; } catch (e) { log('closed after abort', e); }

  const failing = new WritableStream({ write() { throw new Error('sink failed'); } });
  const w3 = failing.getWriter();
  try { await w3.write('x'); } catch (e) { log('write rejected', e.message); }
  try { await w3.close(); } catch (e) { log('close rejected', e.message); }

  const controllerSignal = new WritableStream({ start(c) { c.signal.addEventListener('abort', () => log('controller signal', c.signal.reason)); } });
  await controllerSignal.abort('reason');

  const upper = new TransformStream({
    start() { log('transform start'); },
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); c.enqueue('|'); },
    flush(c) { c.enqueue('!'); log('flush'); },
  });
  log(upper);
  const tw = upper.writable.getWriter();
  tw.write('a');
  tw.write('b');
  tw.close();
  const out = [];
  for await (const chunk of upper.readable) out.push(chunk);
  log(out.join(''));

  const terminating = new TransformStream({ transform(chunk, c) { c.enqueue(chunk); c.terminate(); } });
  const tw2 = terminating.writable.getWriter();
  tw2.write('only').catch((e) => log('write after terminate', e.name, e.message));
  const tr2 = terminating.readable.getReader();
  log(await tr2.read(), await tr2.read());
  try { await tw2.write('more'); } catch (e) { log(e.name, e.message); }

  const cancelled = new TransformStream({ cancel(reason) { log('transformer cancel', reason); } });
  await cancelled.readable.cancel('no more');
  try { await cancelled.writable.getWriter().write('x'); } catch (e) { log('writable errored', e); }

  const erroring = new TransformStream({ transform() { throw new Error('bad chunk'); } });
  const ew = erroring.writable.getWriter();
  ew.write('x').catch((e) => log('transform error', e.message));
  try { await erroring.readable.getReader().read(); } catch (e) { log('readable errored', e.message); }

  const encoder = new TextEncoderStream();
  const ewr = encoder.writable.getWriter();
  ewr.write('hé');
  ewr.write('\ud83d');
  ewr.write('\ude00');
  ewr.close();
  for await (const bytes of encoder.readable) log(bytes);
  const decoder = new TextDecoderStream();
  const dw = decoder.writable.getWriter();
  dw.write(new Uint8Array([0x68, 0xc3]));
  dw.write(new Uint8Array([0xa9, 0xf0, 0x9f]));
  dw.write(new Uint8Array([0x98, 0x80]));
  dw.close();
  for await (const text of decoder.readable) log(JSON.stringify(text));
  log(encoder.encoding, decoder.encoding, decoder.fatal, decoder.ignoreBOM);
  log(new CountQueuingStrategy({ highWaterMark: 3 }), new ByteLengthQueuingStrategy({ highWaterMark: 3 }).size(new Uint8Array(4)));
  for (const attempt of [
    () => new WritableStream({ type: 'x' }),
    () => new TransformStream({ readableType: 'bytes' }),
    () => new CountQueuingStrategy({}),
    () => new WritableStreamDefaultController(),
  ]) {
    try { attempt(); } catch (e) { log(e.name, e.code, e.message); }
  }
  log(Object.keys(WritableStream.prototype), Object.keys(WritableStreamDefaultWriter.prototype), Object.keys(TransformStream.prototype));
})();
