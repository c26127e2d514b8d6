// A name assigned in a way the lexer does not read is not importable by name, only through the default export.
const attempts = ['./missing/computed.mjs', './missing/assign.mjs'];
for (const file of attempts) {
  try {
    await import(file);
    console.log(file, 'imported');
  } catch (e) {
    // Node words it "Named export 'f' not found. …"; Hatchery's message is still Jint's, so only the error type is compared.
    console.log(file, e.name);
  }
}
