// An array reason is named by its class tag, as V8's side-effect-free string conversion names it.
Promise.reject([1, 2]);
