// Disability breakdowns shown to VIEWER suppress groups smaller than this (re-identification risk).
export const MIN_GROUP_SIZE = 5;

export interface Bucket {
  key: string;
  label: string;
  value: number;
}

const sum = (buckets: Iterable<Bucket>) => [...buckets].reduce((s, b) => s + b.value, 0);

/**
 * One breakdown (a partition of a published total) with its small groups hidden so that none can
 * be derived from the total: the groups under the threshold are hidden, and when that leaves a
 * single hidden group, or hidden groups adding up to less than the threshold, the next smallest
 * groups are hidden too (complementary suppression). The hidden groups are published as one
 * "SUPPRESSED" bucket (what the total minus the visible groups gives anyway), never one group alone.
 * Empty groups stay visible: a zero identifies nobody.
 */
export function suppressSmallGroups(buckets: Bucket[], min = MIN_GROUP_SIZE): Bucket[] {
  const hidden = new Set(buckets.filter((b) => b.value > 0 && b.value < min));
  if (!hidden.size) return buckets;
  const candidates = buckets.filter((b) => b.value > 0 && !hidden.has(b)).sort((a, b) => a.value - b.value);
  while ((hidden.size < 2 || sum(hidden) < min) && candidates.length) hidden.add(candidates.shift()!);
  const shown = buckets.filter((b) => !hidden.has(b));
  const merged = sum(hidden);
  // Fewer than two groups or under the threshold only when the whole total is: see suppressSmallTotal.
  return hidden.size >= 2 && merged >= min
    ? [...shown, { key: 'SUPPRESSED', label: 'suppressed', value: merged }]
    : shown;
}

/**
 * A total that is itself under the threshold is a small group (and, when one group holds it all,
 * that group): it is published rounded to the nearest multiple of the threshold.
 */
export function suppressSmallTotal(total: number, min = MIN_GROUP_SIZE): number {
  return total > 0 && total < min ? Math.round(total / min) * min : total;
}
