// A SyntaxError in the main file.
const a = 1;
let b = ;
