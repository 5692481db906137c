// Who a proposed pairing joins and which organisations own its two sides: side A helps (the
// proposer's organisation), side B is helped (the federation branch or institution whose admins accept).
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { Permission, Role } from '../../auth/permissions';
import { mayPlace, ownOrganisationId, rolesFor } from '../../auth/write-policy';
import type { Problems } from '../../common/errors';
import { dbId } from '../../common/node';
import { scopedQuery } from '../../context/scoped-query';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity';
import { Volunteer, VolunteerCategory, VolunteerStatus } from '../volunteer/volunteer.entity';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { Household } from '../beneficiary/household.entity';
import { PairingKind } from './pairing.entity';
import type { ProposePairingInput } from './pairing.inputs';

type Party = 'volunteerId' | 'beneficiaryId' | 'householdId' | 'institutionId';

/** The parties each kind joins; any other party given is a mistake, not something to ignore. */
const PARTIES: Record<PairingKind, Party[]> = {
  [PairingKind.VOLUNTEER_BENEFICIARY]: ['volunteerId', 'beneficiaryId'],
  [PairingKind.CADRE_HOUSEHOLD]: ['volunteerId', 'householdId'],
  [PairingKind.ORGANISATION_INSTITUTION]: ['institutionId'],
};
const ALL_PARTIES: Party[] = ['volunteerId', 'beneficiaryId', 'householdId', 'institutionId'];
const ENTITY: Record<Party, string> = {
  volunteerId: 'Volunteer',
  beneficiaryId: 'Beneficiary',
  householdId: 'Household',
  institutionId: 'Organisation',
};

/** Cadre pairings are the federation's cadres and civil servants visiting households. */
const CADRE_CATEGORIES = [VolunteerCategory.PARTY_CADRE, VolunteerCategory.CIVIL_SERVANT];
/** Organisations that can be the helped side of an organisation pairing. */
const INSTITUTION_KINDS = [OrganisationKind.SERVICE_INSTITUTION, OrganisationKind.DISABLED_PERSONS_ENTERPRISE];

export interface PairingDraft {
  kind: PairingKind;
  volunteerId: string | null;
  beneficiaryId: string | null;
  householdId: string | null;
  institutionId: string | null;
  ownerAId: string;
  ownerBId: string;
  /** Region of the helped side: audit entries and region admins' scope. */
  regionId: string;
  /** The proposer named a counterpart other than the rule's. */
  counterpartRefused: boolean;
}

/**
 * The nearest disabled persons' federation (DPF) at or above a region: the district branch for a
 * community, else the city federation. It answers for the people of that region.
 */
export async function federationBranchOf(m: Pick<EntityManager, 'query'>, regionId: string): Promise<string | null> {
  const [row] = await m.query<Array<{ id: string }>>(
    `SELECT o.id::text AS id FROM organisation o JOIN region r ON r.id = o.region_id
      WHERE o.kind = 'DPF' AND (SELECT path FROM region WHERE id = $1) LIKE r.path || '%'
      ORDER BY r.depth DESC, o.id LIMIT 1`,
    [regionId],
  );
  return row?.id ?? null;
}

async function regionPaths(ctx: Context, ids: Array<string | null | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  const rows: Array<{ id: string; path: string }> = wanted.length
    ? await ctx.db.query(`SELECT id::text AS id, path FROM region WHERE id = ANY($1::bigint[])`, [wanted])
    : [];
  return new Map(rows.map((r) => [r.id, r.path]));
}

/**
 * Checks the parties of a proposal, adding every problem to `p`, and works out the owners. Returns
 * null when a problem stops it from knowing the draft. A pairing the viewer could not manage once
 * proposed is a `forbidden` problem on proposerOrganisationId.
 */
export async function resolvePairingParties(
  ctx: Context,
  input: ProposePairingInput,
  p: Problems,
): Promise<PairingDraft | null> {
  const wanted = PARTIES[input.kind];
  for (const party of ALL_PARTIES) p.check(wanted.includes(party) !== !!input[party], party, 'pairingPartiesInvalid');
  if (p.list.length) return null;
  const ids = Object.fromEntries(
    ALL_PARTIES.map((k) => {
      const given = input[k];
      return [k, given ? dbId(given, ENTITY[k], k) : null];
    }),
  ) as Record<Party, string | null>;

  // The helping volunteer must be one of the viewer's own; the helped side may be anyone's (its admins accept).
  const volunteer = ids.volunteerId
    ? await scopedQuery(ctx, Volunteer, 'v').andWhere('v.id = :id', { id: ids.volunteerId }).getOne()
    : null;
  if (ids.volunteerId && !volunteer) p.add('volunteerId', 'notFound');
  else if (volunteer && volunteer.status !== VolunteerStatus.ACTIVE) p.add('volunteerId', 'volunteerNotActive');
  else if (volunteer && input.kind === PairingKind.CADRE_HOUSEHOLD && !CADRE_CATEGORIES.includes(volunteer.category)) {
    p.add('volunteerId', 'pairingPartiesInvalid');
  }
  const beneficiary = ids.beneficiaryId
    ? await ctx.db.getRepository(Beneficiary).findOneBy({ id: ids.beneficiaryId })
    : null;
  if (ids.beneficiaryId && !beneficiary) p.add('beneficiaryId', 'notFound');
  const household = ids.householdId ? await ctx.db.getRepository(Household).findOneBy({ id: ids.householdId }) : null;
  if (ids.householdId && !household) p.add('householdId', 'notFound');
  const institution = ids.institutionId
    ? await ctx.db.getRepository(Organisation).findOneBy({ id: ids.institutionId })
    : null;
  if (ids.institutionId && !institution) p.add('institutionId', 'notFound');
  else if (institution && !INSTITUTION_KINDS.includes(institution.kind))
    p.add('institutionId', 'pairingPartiesInvalid');

  const ownerAId = await proposingOrganisation(ctx, input, volunteer, p);
  const helpedRegionId = beneficiary?.regionId ?? household?.regionId ?? institution?.regionId ?? null;
  let ownerBId: string | null = null;
  if (institution) {
    ownerBId = institution.id;
    const counterpart =
      input.counterpartOrganisationId &&
      dbId(input.counterpartOrganisationId, 'Organisation', 'counterpartOrganisationId');
    if (counterpart && counterpart !== institution.id) p.add('counterpartOrganisationId', 'pairingPartiesInvalid');
    if (ownerAId === institution.id) p.add('institutionId', 'pairingPartiesInvalid');
  } else if (helpedRegionId) {
    // The helped side is the person's district federation, by rule: a proposer who named another
    // organisation (its own, say, to accept alone) is refused once its idempotency key is checked.
    ownerBId = await federationBranchOf(ctx.db, helpedRegionId);
    if (!ownerBId) p.add('counterpartOrganisationId', 'required');
  }
  const namedCounterpart =
    !institution && input.counterpartOrganisationId
      ? dbId(input.counterpartOrganisationId, 'Organisation', 'counterpartOrganisationId')
      : null;
  if (p.list.length || !ownerAId || !ownerBId || !helpedRegionId) return null;

  // May reference the helped person: a proposer names only people within its reach, the region a
  // region admin serves or the one its organisation works in; anyone else does not exist for it.
  const person = beneficiary ? 'beneficiaryId' : household ? 'householdId' : null;
  if (person && !(await withinReach(ctx, beneficiary?.regionId ?? household!.regionId))) {
    p.add(person, 'notFound');
    return null;
  }

  // The proposer must be able to manage what it proposes, by the pairing row rules (auth/scope.ts):
  // organisation admins through owner A; region admins where the helped person or household, or the
  // volunteer, lives (an institution's address does not count there).
  const personRegionId = beneficiary?.regionId ?? household?.regionId ?? null;
  const paths = await regionPaths(ctx, [personRegionId, volunteer?.homeRegionId]);
  const mayManage = [null, ...paths.values()].some((regionPath) =>
    mayPlace(ctx, Permission.MANAGE_PAIRINGS, { organisationId: ownerAId, regionPath }),
  );
  if (!mayManage) p.add('proposerOrganisationId', 'forbidden');
  return {
    kind: input.kind,
    ...ids,
    householdId: ids.householdId ?? beneficiary?.householdId ?? null,
    ownerAId,
    ownerBId,
    regionId: helpedRegionId,
    counterpartRefused: !!namedCounterpart && namedCounterpart !== ownerBId,
  };
}

/** Whether a person living in `regionId` is within the reach of one of the viewer's pairing roles. */
async function withinReach(ctx: Context, regionId: string): Promise<boolean> {
  const roles = rolesFor(ctx, Permission.MANAGE_PAIRINGS);
  if (roles.some((g) => g.role === Role.HUB_ADMIN)) return true;
  const orgIds = roles.filter((g) => g.role === Role.ORG_ADMIN).map((g) => g.organisationId!);
  const orgRegions: Array<{ region_id: string }> = orgIds.length
    ? await ctx.db.query(`SELECT region_id::text FROM organisation WHERE id = ANY($1::bigint[])`, [orgIds])
    : [];
  const paths = await regionPaths(ctx, [regionId, ...orgRegions.map((o) => o.region_id)]);
  const home = paths.get(regionId);
  if (!home) return false;
  const reaches = [
    ...roles.filter((g) => g.role === Role.REGION_ADMIN).map((g) => g.regionPath),
    ...orgRegions.map((o) => paths.get(o.region_id)),
  ];
  return reaches.some((path) => !!path && home.startsWith(path));
}

/**
 * Owner A: an organisation admin proposes for their organisation; hub and region admins name one
 * they may act for, or let a volunteer pairing default to the volunteer's organisation or branch.
 */
async function proposingOrganisation(
  ctx: Context,
  input: ProposePairingInput,
  volunteer: Volunteer | null,
  p: Problems,
): Promise<string | null> {
  if (input.proposerOrganisationId) {
    const id = dbId(input.proposerOrganisationId, 'Organisation', 'proposerOrganisationId');
    const org = await ctx.db.getRepository(Organisation).findOneBy({ id });
    if (!org) {
      p.add('proposerOrganisationId', 'notFound');
      return null;
    }
    const [path] = (await regionPaths(ctx, [org.regionId])).values();
    if (!mayPlace(ctx, Permission.MANAGE_PAIRINGS, { organisationId: id, regionPath: path })) {
      p.add('proposerOrganisationId', 'forbidden');
      return null;
    }
    return id;
  }
  const own = ownOrganisationId(ctx);
  if (own) return own;
  const fallback = volunteer
    ? (volunteer.organisationId ?? (await federationBranchOf(ctx.db, volunteer.homeRegionId)))
    : null;
  if (!fallback) p.add('proposerOrganisationId', 'required');
  return fallback;
}
