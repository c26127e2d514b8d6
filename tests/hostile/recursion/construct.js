// hostile: a constructor that constructs itself
// exit: 0
// stdout: caught RangeError
class A { constructor(){ new A() } }
try { new A() } catch (e) { console.log('caught', e.name) }
