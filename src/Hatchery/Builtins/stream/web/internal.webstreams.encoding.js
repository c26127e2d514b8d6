// TextEncoderStream and TextDecoderStream: TransformStreams over TextEncoder and TextDecoder.

const { kState, kInspect, setState, customInspect, defineInterface } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');

class TextEncoderStream {
  constructor() {
    const encoder = new globalThis.TextEncoder();
    // A lone high surrogate at the end of one chunk pairs with the start of the next, as the standard says.
    let pending = '';
    const transform = new TransformStream({
      transform(chunk, controller) {
        let text = pending + `${chunk}`;
        pending = '';
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pending = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pending !== '') controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
    setState(this, { kind: 'TextEncoderStream', transform });
  }

  get encoding() {
    return 'utf-8';
  }

  get readable() {
    return this[kState].transform.readable;
  }

  get writable() {
    return this[kState].transform.writable;
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, 'TextEncoderStream', {
      encoding: 'utf-8', readable: this.readable, writable: this.writable,
    });
  }
}

defineInterface(TextEncoderStream, 'TextEncoderStream', ['encoding', 'readable', 'writable']);

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new globalThis.TextDecoder(encoding, options);
    const transform = new TransformStream({
      transform(chunk, controller) {
        const text = decoder.decode(chunk, { stream: true });
        if (text) controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text) controller.enqueue(text);
      },
    });
    setState(this, { kind: 'TextDecoderStream', transform, decoder });
  }

  get encoding() {
    return this[kState].decoder.encoding;
  }

  get fatal() {
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    return this[kState].transform.readable;
  }

  get writable() {
    return this[kState].transform.writable;
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, 'TextDecoderStream', {
      encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM, readable: this.readable, writable: this.writable,
    });
  }
}

defineInterface(TextDecoderStream, 'TextDecoderStream', ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);

module.exports = { TextEncoderStream, TextDecoderStream };
