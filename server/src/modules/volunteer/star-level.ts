// Star levels by cumulative verified service hours (Ministry of Civil Affairs volunteer service
// record measures: 100 / 300 / 600 / 1000 / 1500 hours for one to five stars), which a jurisdiction
// may set for itself and everything below it.

export const DEFAULT_STAR_THRESHOLDS_HOURS = [100, 300, 600, 1000, 1500] as const;

export function starLevel(
  verifiedMinutes: number,
  thresholdsHours: readonly number[] = DEFAULT_STAR_THRESHOLDS_HOURS,
): number {
  return thresholdsHours.filter((h) => verifiedMinutes >= h * 60).length;
}
