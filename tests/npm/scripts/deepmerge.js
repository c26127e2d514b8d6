// deepmerge: recursive merging with custom array strategies.
const deepmerge = require('deepmerge');
const a = { x: { y: 1, list: [1, 2] }, keep: 'a', date: new Date(0) };
const b = { x: { z: 2, list: [3] }, keep: undefined, extra: [{ n: 1 }] };
console.log(deepmerge(a, b));
console.log(deepmerge(a, b, { arrayMerge: (_, source) => source }));
console.log(deepmerge.all([{ a: 1 }, { b: 2 }, { a: 3, c: { d: 4 } }]));
const combine = (target, source, options) => {
  const out = target.slice();
  source.forEach((item, i) => {
    out[i] = out[i] === undefined ? options.cloneUnlessOtherwiseSpecified(item, options)
      : options.isMergeableObject(item) ? deepmerge(target[i], item, options) : item;
  });
  return out;
};
console.log(JSON.stringify(deepmerge([{ a: 1 }, { b: 2 }], [{ c: 3 }], { arrayMerge: combine })));
console.log(a.x.list, a !== deepmerge(a, {}));
