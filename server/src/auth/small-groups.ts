// Disability breakdowns shown to VIEWER suppress groups smaller than this (re-identification risk).
export const MIN_GROUP_SIZE = 5;

export interface Bucket {
  key: string;
  label: string;
  value: number;
}

/**
 * Buckets under the threshold are merged into one "suppressed" bucket, itself hidden when it is
 * also small, so a small group can be neither read nor derived from the total.
 */
export function suppressSmallGroups(buckets: Bucket[], min = MIN_GROUP_SIZE): Bucket[] {
  const shown = buckets.filter((b) => b.value >= min || b.value === 0);
  const hidden = buckets.filter((b) => b.value > 0 && b.value < min);
  if (!hidden.length) return buckets;
  const merged = hidden.reduce((sum, b) => sum + b.value, 0);
  return merged >= min ? [...shown, { key: 'SUPPRESSED', label: 'suppressed', value: merged }] : shown;
}
