// hostile: module loading: require own file
// exit: 0
// stdout: {"x":1}
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
exports.x = 1; console.log(JSON.stringify(require(__filename)));
