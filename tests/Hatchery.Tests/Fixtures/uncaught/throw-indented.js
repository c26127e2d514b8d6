// A throw in nested blocks keeps the indentation.
if (true) {
  if (true) {
    throw { nested: 'yes' };
  }
}
