// assert.AssertionError: Node's shape and its generated messages, including the "+ actual - expected" diff.

const { inspect } = require('util');
const { renderExpanded } = require('internal/assert/expanded');

const headers = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values identical but not reference-equal:',
};

// Short primitive pairs print as "a !== b" rather than as a diff.
const maxShortLength = 12;

function isObject(value) {
  return value !== null && typeof value === 'object';
}

function withoutComma(line) {
  return line.endsWith(',') ? line.slice(0, -1) : line;
}

// Line diff by longest common subsequence; a trailing comma does not make two lines differ. The common start and end
// are matched first, in linear time, so two long values that differ in a few lines stay cheap; a middle too large for
// the quadratic table is shown whole, its actual lines then its expected ones.
const maxDiffCells = 4e6;

function diffLines(actual, expected) {
  const same = (a, b) => a === b || withoutComma(a) === withoutComma(b);
  const common = (a, b) => [' ', a.endsWith(',') ? a : b];
  let start = 0;
  const shorter = Math.min(actual.length, expected.length);
  while (start < shorter && (actual[start] === expected[start] || same(actual[start], expected[start]))) start++;
  let endA = actual.length;
  let endE = expected.length;
  while (endA > start && endE > start && (actual[endA - 1] === expected[endE - 1] || same(actual[endA - 1], expected[endE - 1]))) {
    endA--;
    endE--;
  }
  const ops = [];
  for (let k = 0; k < start; k++) ops.push(actual[k] === expected[k] ? [' ', actual[k]] : common(actual[k], expected[k]));
  const a = actual.slice(start, endA);
  const e = expected.slice(start, endE);
  const n = a.length;
  const m = e.length;
  if ((n + 1) * (m + 1) > maxDiffCells) {
    for (const line of a) ops.push(['+', line]);
    for (const line of e) ops.push(['-', line]);
  } else {
    const lengths = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i][j] = same(a[i], e[j]) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && same(a[i], e[j])) {
        ops.push(common(a[i++], e[j++]));
      } else if (j >= m || (i < n && lengths[i + 1][j] >= lengths[i][j + 1])) {
        ops.push(['+', a[i++]]);
      } else {
        ops.push(['-', e[j++]]);
      }
    }
  }
  for (let k = endA, l = endE; k < actual.length; k++, l++) ops.push(actual[k] === expected[l] ? [' ', actual[k]] : common(actual[k], expected[l]));
  return ops;
}

function renderDiff(ops) {
  const out = [];
  let skipped = false;
  const firstChange = ops.findIndex((op) => op[0] !== ' ');
  let k = 0;
  while (k < ops.length) {
    if (ops[k][0] !== ' ') {
      // Within a changed block, the actual lines come before the expected ones.
      const start = k;
      while (k < ops.length && ops[k][0] !== ' ') k++;
      const block = ops.slice(start, k);
      for (const [kind, line] of block) if (kind === '+') out.push(`+ ${line}`);
      for (const [kind, line] of block) if (kind === '-') out.push(`- ${line}`);
      continue;
    }
    const start = k;
    while (k < ops.length && ops[k][0] === ' ') k++;
    const line = (op) => `  ${op[1]}`;
    let head;
    let tail;
    if (start < firstChange || firstChange < 0) [head, tail] = [2, 2];
    else if (k === ops.length) [head, tail] = [1, 3];
    else [head, tail] = [1, 2];
    if (k - start <= head + tail + 1) {
      for (let i = start; i < k; i++) out.push(line(ops[i]));
    } else {
      // Only the lines shown are rendered: a long unchanged run is most of a large value.
      skipped = true;
      for (let i = start; i < start + head; i++) out.push(line(ops[i]));
      out.push('...');
      for (let i = k - tail; i < k; i++) out.push(line(ops[i]));
    }
  }
  return { text: out.join('\n'), skipped };
}

function createDiffMessage(actual, expected, operator) {
  const actualLines = renderExpanded(actual).split('\n');
  const expectedLines = renderExpanded(expected).split('\n');
  if (operator === 'strictEqual' && (isObject(actual) || isObject(expected))) operator = 'strictEqualObject';
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const [a, b] = [actualLines[0], expectedLines[0]];
    const length = a.length + b.length;
    if (length <= maxShortLength) {
      if (!isObject(actual) && !isObject(expected) && (actual !== 0 || expected !== 0)) {
        return `${headers[operator]}\n\n${a} !== ${b}\n`;
      }
    } else if (operator !== 'strictEqualObject' && length < 80) {
      // A caret under the first differing character, when the common start is long enough to need one.
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      if (i > 2) indicator = `\n  ${' '.repeat(i)}^`;
    }
  }
  if (actualLines.join('\n') === expectedLines.join('\n')) {
    const header = operator === 'strictEqualObject' ? 'Values have same structure but are not reference-equal:' : headers.notIdentical;
    return `${header}\n\n${actualLines.join('\n')}\n`;
  }
  const { text, skipped } = renderDiff(diffLines(actualLines, expectedLines));
  return `${headers[operator]}\n+ actual - expected${skipped ? ' ... Lines skipped' : ''}\n\n${text}${indicator}`;
}

function generateMessage(actual, expected, operator) {
  switch (operator) {
    case 'deepStrictEqual':
    case 'strictEqual':
      return createDiffMessage(actual, expected, operator);
    case 'notDeepStrictEqual':
    case 'notStrictEqual': {
      const op = operator === 'notStrictEqual' && isObject(actual) ? 'notStrictEqualObject' : operator;
      const lines = renderExpanded(actual).split('\n');
      if (lines.length === 1 && op !== 'notStrictEqualObject') return `${headers[op]} ${lines[0]}`;
      return `${headers[op]}\n\n${lines.join('\n')}\n`;
    }
    case 'deepEqual':
      return `${headers.deepEqual}\n\n${renderExpanded(actual)}\n\nshould loosely deep-equal\n\n${renderExpanded(expected)}`;
    case 'notDeepEqual':
      return `${headers.notDeepEqual}\n\n${renderExpanded(actual)}`;
    default:
      return `${inspect(actual)} ${operator} ${inspect(expected)}`;
  }
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    if (message != null && (operator === 'deepStrictEqual' || operator === 'strictEqual') && message !== '' && !(message instanceof Error)) {
      // Node keeps the diff under a custom message for these two comparisons.
      const generated = generateMessage(actual, expected, operator);
      super(`${message}${generated.slice(generated.indexOf('\n'))}`);
    } else if (message != null && message !== '') {
      super(String(message));
    } else if (details) {
      super(details.map((d) => d.message).join('\n'));
    } else {
      super(generateMessage(actual, expected, operator));
    }
    this.generatedMessage = message == null || message === '';
    Object.defineProperty(this, 'name', { value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    if (details) {
      actual = details[0].actual;
      expected = details[0].expected;
    }
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn);
      // Read now, so its first line keeps the code in the name, as Node's does.
      this.stack; // eslint-disable-line no-unused-expressions
    } else if (typeof this.stack === 'string') {
      // Without captureStackTrace, drop the frames inside the built-in modules so the stack starts at the caller.
      const frames = this.stack.split('\n');
      let first = 0;
      while (first < frames.length - 1 && /\(?node:[^)]*\)?$/.test(frames[first])) first++;
      Object.defineProperty(this, 'stack', { value: frames.slice(first).join('\n'), writable: true, configurable: true });
    }
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

module.exports = { AssertionError };
