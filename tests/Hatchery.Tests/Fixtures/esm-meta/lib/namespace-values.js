export const a = 1; export function f() {} export default { nested: [1, 2] };
