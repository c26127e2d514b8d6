// An error from write() that the script catches and throws again is shown at the script's own throw.
function writeAll(chunks) {
  for (const chunk of chunks) process.stdout.write(chunk);
}
try {
  writeAll(['one\n', Buffer.from('two\n'), 3]);
} catch (error) {
  console.log('caught', error.code);
  throw error;
}
