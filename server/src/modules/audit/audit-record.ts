// The audited record as the log shows it: a name the viewer may read and the record whose page shows it.
// Every lookup goes through the request's scoped loaders, so a record outside the viewer's scope has no name.
import { Field, ID, ObjectType } from 'type-graphql';
import type { Context } from '../../context/context';
import { toGlobalId } from '../../common/node';
import { UserAccount } from '../account/user-account.entity';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { Household } from '../beneficiary/household.entity';
import { Campaign } from '../campaign/campaign.entity';
import { CampaignPartner } from '../campaign/campaign-partner.entity';
import { Commendation } from '../commendation/commendation.entity';
import { Donation } from '../donation/donation.entity';
import { HourCorrection } from '../hours/hour-correction.entity';
import { HourReport } from '../hours/hour-report.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Pairing } from '../pairing/pairing.entity';
import { PairingVisit } from '../pairing/pairing-visit.entity';
import { Region } from '../region/region.entity';
import { Participation } from '../service-event/participation.entity';
import { ServiceEvent } from '../service-event/service-event.entity';
import { ServiceRequest } from '../service-request/service-request.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { TrainingSession } from '../training/training-session.entity';
import { Volunteer } from '../volunteer/volunteer.entity';

@ObjectType({ description: 'The record an audit entry concerns, as far as the viewer may read it.' })
export class AuditRecord {
  @Field({ description: 'A readable name: a person, a title, or the parties of a pairing.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Type of the record whose page shows this one.' })
  pageType: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of that record (the event of a sign-up, …).' })
  pageId: string | null;
}

type Found = { name: string | null | undefined; page?: [type: string, id: string] | null };
type Describe = (ctx: Context, id: string) => Promise<Found | null>;

const ref = <T extends { id: string }>(ctx: Context, entity: new () => T, id: string | null | undefined) =>
  ctx.loaders.ref(entity, id);
const join = (...parts: Array<string | null | undefined>) => parts.filter(Boolean).join(' · ');
const volunteerName = async (ctx: Context, id: string | null | undefined) =>
  (await ref(ctx, Volunteer, id))?.realName ?? null;

async function pairingName(ctx: Context, p: Pairing): Promise<string> {
  const [v, b, h, i] = await Promise.all([
    ref(ctx, Volunteer, p.volunteerId),
    ref(ctx, Beneficiary, p.beneficiaryId),
    ref(ctx, Household, p.householdId),
    ref(ctx, Organisation, p.institutionId),
  ]);
  return [v?.realName, b?.realName ?? h?.headName ?? i?.name].filter(Boolean).join(' ↔ ');
}

/** Per record type: its name and its page. Types without an entry (or without a page) show their name only. */
const DESCRIBE: Record<string, Describe> = {
  UserAccount: async (ctx, id) => {
    const a = await ref(ctx, UserAccount, id);
    return a && { name: a.username };
  },
  Volunteer: async (ctx, id) => {
    const v = await ref(ctx, Volunteer, id);
    return v && { name: v.realName, page: ['Volunteer', v.id] };
  },
  Beneficiary: async (ctx, id) => {
    const b = await ref(ctx, Beneficiary, id);
    return b && { name: b.realName, page: ['Beneficiary', b.id] };
  },
  Household: async (ctx, id) => {
    const h = await ref(ctx, Household, id);
    return h && { name: h.headName };
  },
  Campaign: async (ctx, id) => {
    const c = await ref(ctx, Campaign, id);
    return c && { name: c.name, page: ['Campaign', c.id] };
  },
  CampaignPartner: async (ctx, id) => {
    const p = await ref(ctx, CampaignPartner, id);
    if (!p) return null;
    const [c, o] = await Promise.all([ref(ctx, Campaign, p.campaignId), ref(ctx, Organisation, p.organisationId)]);
    return c && { name: join(c.name, o?.name), page: ['Campaign', c.id] };
  },
  ServiceEvent: async (ctx, id) => {
    const e = await ref(ctx, ServiceEvent, id);
    return e && { name: e.title, page: ['ServiceEvent', e.id] };
  },
  Participation: async (ctx, id) => {
    const p = await ref(ctx, Participation, id);
    if (!p) return null;
    const [e, v] = await Promise.all([ref(ctx, ServiceEvent, p.eventId), volunteerName(ctx, p.volunteerId)]);
    return e && { name: join(v, e.title), page: ['ServiceEvent', e.id] };
  },
  HourReport: async (ctx, id) => {
    const r = await ref(ctx, HourReport, id);
    return r && { name: join(await volunteerName(ctx, r.volunteerId), r.servedOn), page: ['Volunteer', r.volunteerId] };
  },
  HourCorrection: async (ctx, id) => {
    const c = await ref(ctx, HourCorrection, id);
    if (!c) return null;
    const p = await ref(ctx, Participation, c.participationId);
    const e = p && (await ref(ctx, ServiceEvent, p.eventId));
    return { name: join(await volunteerName(ctx, c.volunteerId), e?.title), page: e ? ['ServiceEvent', e.id] : null };
  },
  Pairing: async (ctx, id) => {
    const p = await ref(ctx, Pairing, id);
    return p && { name: await pairingName(ctx, p), page: ['Pairing', p.id] };
  },
  PairingVisit: async (ctx, id) => {
    const v = await ref(ctx, PairingVisit, id);
    const p = v && (await ref(ctx, Pairing, v.pairingId));
    return p && v && { name: join(await pairingName(ctx, p), v.visitedOn), page: ['Pairing', p.id] };
  },
  ServiceRequest: async (ctx, id) => {
    const r = await ref(ctx, ServiceRequest, id);
    return r && { name: r.requesterName };
  },
  Donation: async (ctx, id) => {
    const d = await ref(ctx, Donation, id);
    if (!d) return null;
    const donor = d.donorName ?? (await ref(ctx, Organisation, d.donorOrganisationId))?.name;
    return { name: join(donor, d.donatedOn) };
  },
  TrainingSession: async (ctx, id) => {
    const s = await ref(ctx, TrainingSession, id);
    return s && { name: s.title, page: ['TrainingSession', s.id] };
  },
  Commendation: async (ctx, id) => {
    const c = await ref(ctx, Commendation, id);
    return c && { name: join(await volunteerName(ctx, c.volunteerId), c.title), page: ['Volunteer', c.volunteerId] };
  },
  ServiceStation: async (ctx, id) => {
    const s = await ref(ctx, ServiceStation, id);
    return s && { name: s.name, page: ['ServiceStation', s.id] };
  },
  Region: async (ctx, id) => {
    const r = await ref(ctx, Region, id);
    return r && { name: r.name };
  },
};

/** The record of an entry within the viewer's scope, or null (no record, or one the viewer may not read). */
export async function describeRecord(ctx: Context, type: string, id: string | null): Promise<AuditRecord | null> {
  const found = id ? await DESCRIBE[type]?.(ctx, id) : null;
  if (!found?.name) return null;
  return {
    name: found.name,
    pageType: found.page?.[0] ?? null,
    pageId: found.page ? toGlobalId(found.page[0], found.page[1]) : null,
  };
}
