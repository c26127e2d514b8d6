// Node's perf_hooks module: the performance timeline (now, timeOrigin, marks and measures).

const {
  ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_PERFORMANCE_INVALID_TIMESTAMP,
  validateNumber, validateObject, validateString,
} = require('internal/errors');
const { DOMException } = require('internal/dom-exception');

const kEntry = Symbol('entry');

class PerformanceEntry {
  constructor(token, name, entryType, startTime, duration, detail) {
    if (token !== kEntry) throw new ERR_ILLEGAL_CONSTRUCTOR();
    Object.defineProperty(this, kEntry, { value: { name, entryType, startTime, duration, detail } });
  }

  get name() { return this[kEntry].name; }
  get entryType() { return this[kEntry].entryType; }
  get startTime() { return this[kEntry].startTime; }
  get duration() { return this[kEntry].duration; }
  get detail() { return this[kEntry].detail; }

  toJSON() {
    const { name, entryType, startTime, duration, detail } = this[kEntry];
    return { name, entryType, startTime, duration, detail };
  }
}

// Names of Node's own startup milestones, which a mark may not take.
const nodeTimingNames = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (nodeTimingNames.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
    options ??= {};
    validateObject(options, 'options');
    const startTime = options.startTime ?? binding.now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    const detail = options.detail != null ? structuredClone(options.detail) : null;
    super(kEntry, name, 'mark', startTime, 0, detail);
  }
}

class PerformanceMeasure extends PerformanceEntry {}

const entries = [];

function markTime(nameOrTime, fallback) {
  if (nameOrTime === undefined) return fallback;
  if (typeof nameOrTime === 'number') return nameOrTime;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === nameOrTime) return entries[i].startTime;
  }
  throw new DOMException(`The "${nameOrTime}" performance mark has not been set`, 'SyntaxError');
}

class Performance {
  get timeOrigin() {
    return timeOrigin;
  }

  now() {
    return binding.now();
  }

  mark(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const mark = new PerformanceMark(name, options);
    entries.push(mark);
    return mark;
  }

  measure(name, startOrOptions = undefined, endMark = undefined) {
    validateString(name, 'name');
    let start, end, detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      start = markTime(startOrOptions.start, 0);
      end = startOrOptions.duration !== undefined ? start + startOrOptions.duration : markTime(startOrOptions.end, binding.now());
      if (startOrOptions.detail !== undefined) detail = structuredClone(startOrOptions.detail);
    } else {
      start = markTime(startOrOptions, 0);
      end = markTime(endMark, binding.now());
    }
    const measure = new PerformanceMeasure(kEntry, name, 'measure', start, end - start, detail);
    entries.push(measure);
    return measure;
  }

  clearMarks(name = undefined) {
    remove('mark', name);
  }

  clearMeasures(name = undefined) {
    remove('measure', name);
  }

  getEntries() {
    return entries.slice().sort((a, b) => a.startTime - b.startTime);
  }

  getEntriesByName(name, type = undefined) {
    return this.getEntries().filter((e) => e.name === name && (type === undefined || e.entryType === type));
  }

  getEntriesByType(type) {
    return this.getEntries().filter((e) => e.entryType === type);
  }

  toJSON() {
    return { nodeTiming: {}, timeOrigin, eventLoopUtilization: {} };
  }
}

function remove(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
  }
}

for (const type of [PerformanceEntry, PerformanceMark, PerformanceMeasure, Performance]) {
  Object.defineProperty(type.prototype, Symbol.toStringTag, { value: type.name, configurable: true });
}

const timeOrigin = Date.now() - binding.now();
const performance = new Performance();

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  performance,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4, NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
