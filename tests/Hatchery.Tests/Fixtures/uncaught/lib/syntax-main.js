// A SyntaxError in the main file (not a fixture: see MainFileSyntaxErrorTests).
const a = 1;
let b = ;
