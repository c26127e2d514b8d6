// The README's tour, examples/hello.js, must print what Node prints for it: this fixture runs it in place.
require('../../../../examples/hello.js');
