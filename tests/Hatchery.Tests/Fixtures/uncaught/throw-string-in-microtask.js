// A string thrown from a queueMicrotask callback has no script position: Node names <anonymous_script>:0.
queueMicrotask(() => {
  throw 'str';
});
