/** Names made of these only: ICU's root collation orders them exactly as their code points (name-order.test.ts checks it). */
const CODE_POINT_ORDERED = /^[a-z0-9./-]*$/;

/**
 * The order of `a.localeCompare(b)`, which keys and reports have always been made with, without its first-call
 * cost: ICU's collator takes about 5 ms to set up in a fresh Node, and the exact hit's only use of it is to order a
 * project's key files (package.json, package-lock.json, requirements-dev.txt...). Two such plain names are ordered
 * by code point, which gives the same answer; any other pair goes to localeCompare.
 */
export function compareNames(a: string, b: string): number {
  if (CODE_POINT_ORDERED.test(a) && CODE_POINT_ORDERED.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
