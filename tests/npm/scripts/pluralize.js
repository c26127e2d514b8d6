// pluralize: English inflection rules.
const pluralize = require('pluralize');
for (const w of ['test', 'person', 'octopus', 'sheep', 'Matrix', 'child', 'bus', 'quiz', 'tooth', 'analysis', 'CRISIS']) {
  console.log(w, pluralize(w), pluralize.singular(pluralize(w)), pluralize(w, 1, true), pluralize(w, 5, true));
}
pluralize.addIrregularRule('cactus', 'cacti');
pluralize.addUncountableRule('paper');
console.log(pluralize('cactus'), pluralize('paper'), pluralize.isPlural('geese'), pluralize.isSingular('mice'));
