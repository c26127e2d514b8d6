// A helper that throws a string as it loads.
throw 'module string';
