// An object (not an error) thrown from a queueMicrotask callback prints inspected, with no script position.
queueMicrotask(() => {
  throw { a: 1, b: [2] };
});
