// A thrown string inside an arrow function: the caret is under the throw.
const fail = () => { throw 'from arrow'; };
fail();
