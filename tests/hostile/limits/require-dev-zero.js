// hostile: require of an endless device file
// exit: 0
// stdout: ERR_REQUIRE_NOT_A_FILE
try {
  require('/dev/zero');
} catch (e) {
  console.log(e.code, e.message);
}
