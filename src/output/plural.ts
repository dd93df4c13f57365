/** A count with its noun, in the plural unless the count is one: "1 complaint", "3 complaints". */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
