// A thrown number.
throw 42;
