// ByteLengthQueuingStrategy and CountQueuingStrategy.

const { ERR_INVALID_ARG_TYPE, ERR_MISSING_OPTION, ERR_INVALID_THIS } = require('internal/errors');
const { kState, kInspect, setState, customInspect, defineInterface } = require('internal/webstreams/util');

const byteSize = (chunk) => chunk.byteLength;
const countSize = () => 1;
Object.defineProperty(byteSize, 'name', { value: 'size' });
Object.defineProperty(countSize, 'name', { value: 'size' });

function readInit(init) {
  if (init === null || typeof init !== 'object') throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return Number(init.highWaterMark);
}

function defineStrategy(name, size) {
  const Strategy = {
    [name]: class {
      constructor(init) {
        setState(this, { kind: name, highWaterMark: readInit(init) });
      }

      get highWaterMark() {
        if (this?.[kState]?.kind !== name) throw new ERR_INVALID_THIS(name);
        return this[kState].highWaterMark;
      }

      get size() {
        if (this?.[kState]?.kind !== name) throw new ERR_INVALID_THIS(name);
        return size;
      }

      [kInspect](depth, options, inspect) {
        return customInspect.call(this, depth, options, inspect, name, { highWaterMark: this.highWaterMark });
      }
    },
  }[name];
  defineInterface(Strategy, name, ['highWaterMark', 'size']);
  return Strategy;
}

module.exports = {
  ByteLengthQueuingStrategy: defineStrategy('ByteLengthQueuingStrategy', byteSize),
  CountQueuingStrategy: defineStrategy('CountQueuingStrategy', countSize),
};
