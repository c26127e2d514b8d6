export const x = 1; export default { y: 2 };
