// readline.emitKeypressEvents: once a stream has a 'keypress' listener, each character it reads (or escape
// sequence for the arrow, Home/End and similar keys) is emitted as 'keypress' (character, key). Only the common
// keys are named; an escape sequence not recognised here is emitted whole, with no name.

const { StringDecoder } = require('string_decoder');

const kKeypressDecoder = Symbol('keypressDecoder');

// The final characters of CSI (ESC [) and SS3 (ESC O) sequences, by key name.
const kEscapeNames = {
  A: 'up', B: 'down', C: 'right', D: 'left', E: 'clear', F: 'end', H: 'home', P: 'f1', Q: 'f2', R: 'f3', S: 'f4',
  Z: 'tab',
};
const kTildeNames = { 1: 'home', 2: 'insert', 3: 'delete', 4: 'end', 5: 'pageup', 6: 'pagedown', 7: 'home', 8: 'end' };

function keyOf(sequence) {
  const key = { sequence, name: undefined, ctrl: false, meta: false, shift: false };
  if (sequence === '\r') key.name = 'return';
  else if (sequence === '\n') key.name = 'enter';
  else if (sequence === '\t') key.name = 'tab';
  else if (sequence === '\b' || sequence === '\x7f') key.name = 'backspace';
  else if (sequence === '\x1b') key.name = 'escape';
  else if (sequence === ' ') key.name = 'space';
  else if (sequence.length === 1 && sequence <= '\x1a') {
    key.name = String.fromCharCode(sequence.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
    key.ctrl = true;
  } else if (/^[0-9a-z]$/.test(sequence)) key.name = sequence;
  else if (/^[A-Z]$/.test(sequence)) {
    key.name = sequence.toLowerCase();
    key.shift = true;
  } else if (sequence.startsWith('\x1b')) {
    const match = /^\x1b[[O](\d*)([A-Z~])$/.exec(sequence);
    if (match) {
      key.code = sequence.slice(1);
      key.name = match[2] === '~' ? kTildeNames[match[1]] : kEscapeNames[match[2]];
      if (match[2] === 'Z') key.shift = true;
    }
  }
  if (key.name === undefined) delete key.name;
  return key;
}

/** Splits text into key sequences: an escape sequence stays whole, anything else is one character each. */
function* sequencesOf(text) {
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\x1b' && (text[i + 1] === '[' || text[i + 1] === 'O')) {
      const match = /^\x1b[[O][\d;]*[A-Za-z~]/.exec(text.slice(i));
      if (match) {
        yield match[0];
        i += match[0].length;
        continue;
      }
    }
    const code = text.codePointAt(i);
    const length = code > 0xFFFF ? 2 : 1;
    yield text.slice(i, i + length);
    i += length;
  }
}

function emitKeypressEvents(stream, iface = {}) {
  void iface;
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');

  function onData(chunk) {
    if (stream.listenerCount('keypress') === 0) {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const text = stream[kKeypressDecoder].write(chunk);
    for (const sequence of sequencesOf(text)) {
      const key = keyOf(sequence);
      // As Node does, a named escape sequence has no character of its own.
      stream.emit('keypress', key.code === undefined ? sequence : undefined, key);
    }
  }

  function onNewListener(event) {
    if (event !== 'keypress') return;
    stream.on('data', onData);
    stream.removeListener('newListener', onNewListener);
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = emitKeypressEvents;
