// The rule the demo city shares with the example Youth League partner (partners/youth-league/src/roster.ts):
// which seeded volunteer rows registered through the League, so the partner's members are the hub's own
// League volunteers without either side reading the other's data. Change both files together; the
// gateway tests check they agree.

/** Volunteer rows 101–1500 ending in 3: 140 League members, present at every seed scale (≥ 1,500 volunteers). */
export const isLeagueRosterRow = (row: number): boolean => row > 100 && row <= 1500 && row % 10 === 3;
