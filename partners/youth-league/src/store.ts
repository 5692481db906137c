// The Youth League's own records: its branches and which hub volunteers are league members.
// A real partner keeps these in its own database; this example derives a small, fixed set so
// tests and demos can rely on it. Volunteers are named by the hub's global ids (base64url of
// "Volunteer:<id>"), the key the hub offers; nothing else about them is stored here.

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
export const hubVolunteerId = (dbId: number): string => Buffer.from(`Volunteer:${dbId}`).toString('base64url');

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

/** Hub volunteers 1–120 the League knows of; every fourth is not a member. */
const KNOWN_VOLUNTEERS = 120;

function membership(n: number): LeagueMembership | undefined {
  if (n % 4 === 0) return undefined;
  const year = 2012 + (n % 13);
  const month = String(1 + (n % 12)).padStart(2, '0');
  const day = String(1 + (n % 28)).padStart(2, '0');
  return {
    volunteerId: hubVolunteerId(n),
    branchId: BRANCHES[n % BRANCHES.length].id,
    since: `${year}-${month}-${day}`,
    certificates: CERTIFICATES.filter((_, i) => (n + i) % 3 === 0),
  };
}

const MEMBERS = new Map<string, LeagueMembership>();
for (let n = 1; n <= KNOWN_VOLUNTEERS; n++) {
  const m = membership(n);
  if (m) MEMBERS.set(m.volunteerId, m);
}

export const leagueStore = {
  branches: (): readonly LeagueBranch[] => BRANCHES,
  branch: (id: string): LeagueBranch | undefined => BRANCHES.find((b) => b.id === id),
  /** The membership of a hub volunteer, or undefined when they are not a League member. */
  membership: (volunteerId: string): LeagueMembership | undefined => MEMBERS.get(volunteerId),
  members: (branchId: string): LeagueMembership[] => [...MEMBERS.values()].filter((m) => m.branchId === branchId),
};
