// An error with a cause prints the cause nested.
const inner = new RangeError('inner');
throw new Error('outer', { cause: inner });
