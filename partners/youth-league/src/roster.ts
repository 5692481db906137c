// The Youth League's own records: its branches and which hub volunteers are League members.
// A real partner keeps these in its own database. This example derives them from the rule it shares
// with the hub's demo seed (server/src/db/seed/league-roster.ts): the seeded city's volunteer rows
// 101–1500 ending in 3 registered through the League, so the members here are the hub's own League
// volunteers. Volunteers are named by the hub's global ids (base64url of "Volunteer:<row>"), the key
// the hub offers; nothing else about them is stored here.

export interface LeagueBranch {
  id: string;
  name: string;
  district: string;
}

export interface LeagueMembership {
  /** The hub's global id of the volunteer. */
  volunteerId: string;
  branchId: string;
  /** ISO date the volunteer joined the League. */
  since: string;
  certificates: string[];
}

/** The hub's global id for a volunteer row (the hub's `toGlobalId('Volunteer', id)`). */
export const hubVolunteerId = (row: number): string => Buffer.from(`Volunteer:${row}`).toString('base64url');

/** The rule shared with the hub's demo seed: keep it equal to server/src/db/seed/league-roster.ts. */
export const isLeagueRosterRow = (row: number): boolean => row > 100 && row <= 1500 && row % 10 === 3;
const FIRST_ROW = 101;
const LAST_ROW = 1500;

export const BRANCHES: readonly LeagueBranch[] = [
  { id: 'branch-1', name: '团市委青年志愿者助残服务总队', district: '全市' },
  { id: 'branch-2', name: '师范大学团委“手语角”志愿服务队', district: '城东区' },
  { id: 'branch-3', name: '第一中学团委阳光助残队', district: '城西区' },
];

const CERTIFICATES = [
  '注册志愿者证',
  '星级志愿者（一星）',
  '星级志愿者（三星）',
  '手语服务培训合格证',
  '助残服务优秀志愿者',
];

function membership(row: number): LeagueMembership {
  const n = Math.floor(row / 10);
  const year = 2012 + (n % 13);
  const month = String(1 + (n % 12)).padStart(2, '0');
  const day = String(1 + (n % 28)).padStart(2, '0');
  return {
    volunteerId: hubVolunteerId(row),
    branchId: BRANCHES[n % BRANCHES.length].id,
    since: `${year}-${month}-${day}`,
    certificates: CERTIFICATES.filter((_, i) => (n + i) % 3 === 0),
  };
}

const MEMBERS = new Map<string, LeagueMembership>();
for (let row = FIRST_ROW; row <= LAST_ROW; row++) {
  if (isLeagueRosterRow(row)) MEMBERS.set(hubVolunteerId(row), membership(row));
}

export const leagueRoster = {
  branches: (): readonly LeagueBranch[] => BRANCHES,
  branch: (id: string): LeagueBranch | undefined => BRANCHES.find((b) => b.id === id),
  /** The membership of a hub volunteer, or undefined when they are not a League member. */
  membership: (volunteerId: string): LeagueMembership | undefined => MEMBERS.get(volunteerId),
  members: (branchId: string): LeagueMembership[] => [...MEMBERS.values()].filter((m) => m.branchId === branchId),
};
