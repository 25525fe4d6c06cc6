// What the benches take of their samples: the median, and min / median / max over the rounds.

/** The median (of an even count, the mean of the two middle values). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summary(values: number[]): { min: number; median: number; max: number } {
  return { min: Math.min(...values), median: median(values), max: Math.max(...values) };
}

/** `min / median / max` with `digits` decimals; a dash when there are no values. */
export function spread(values: number[], digits = 2): string {
  return values.length === 0 ? '—' : `${Math.min(...values).toFixed(digits)} / ${median(values).toFixed(digits)} / ${Math.max(...values).toFixed(digits)}`;
}
