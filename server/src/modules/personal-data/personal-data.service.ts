// Unmasked personal data, for entitled roles only, one record at a time, always audit-logged with a reason.
import type { Context } from '../../context/context';
import { badInput, notFound, userError } from '../../common/errors';
import { fromGlobalId } from '../../common/node';
import { Role } from '../../auth/permissions';
import type { RoleGrant } from '../../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { Household } from '../beneficiary/household.entity';
import { ServiceRequest } from '../service-request/service-request.entity';

export type PersonalField = 'idNumber' | 'certificateNumber' | 'phone' | 'address' | 'birthDate';
const ALL: PersonalField[] = ['idNumber', 'certificateNumber', 'phone', 'address', 'birthDate'];
/** A helper doing the job needs to reach the person, never their identity documents. */
const CONTACT: PersonalField[] = ['phone', 'address'];
/** A service request holds the caller's phone only, for the call-back. */
const CALLER: PersonalField[] = ['phone'];

const TABLES: Record<PersonRecord['type'], string> = {
  Volunteer: 'volunteer',
  Beneficiary: 'beneficiary',
  Household: 'household',
  ServiceRequest: 'service_request',
};

type PersonRecord =
  | { type: 'Volunteer'; row: Volunteer }
  | { type: 'Beneficiary'; row: Beneficiary }
  | { type: 'Household'; row: Household }
  | { type: 'ServiceRequest'; row: ServiceRequest };

export interface RevealedData {
  id: string;
  fields: PersonalField[];
  values: Partial<Record<PersonalField, string | null>>;
}

export class PersonalDataService {
  private readonly audit = new AuditService();

  async reveal(ctx: Context, globalId: string, reason: string): Promise<RevealedData> {
    if (reason.trim().length < 4)
      throw badInput('reason', 'Say why you need the clear values (at least 4 characters).');
    const { type, id } = fromGlobalId(globalId);
    const record = await this.load(ctx, type, id);
    const entitled = new Set<PersonalField>();
    for (const g of ctx.viewer!.roles) for (const f of await this.entitlement(ctx, g, record)) entitled.add(f);
    if (!entitled.size) throw userError('FORBIDDEN', 'Your roles do not allow seeing these values unmasked.');
    const fields = ALL.filter((f) => entitled.has(f) && f in record.row);
    const values = Object.fromEntries(
      fields.map((f) => [f, (record.row as unknown as Record<string, string | null>)[f] ?? null]),
    );
    await ctx.db.transaction((m) =>
      this.audit.write(ctx, m, {
        action: 'REVEAL_PERSONAL_DATA',
        recordType: record.type,
        recordId: id,
        reason: reason.trim(),
        after: { fields },
        regionId: 'homeRegionId' in record.row ? record.row.homeRegionId : record.row.regionId,
      }),
    );
    ctx.log.info({ recordType: record.type, recordId: id, fields }, 'personal data revealed');
    return { id: globalId, fields, values };
  }

  /** The record through the viewer's row scope: what it cannot list, it cannot reveal. */
  private async load(ctx: Context, type: string, id: string): Promise<PersonRecord> {
    const entity = { Volunteer, Beneficiary, Household, ServiceRequest }[type];
    if (!entity)
      throw badInput('id', 'Only volunteers, beneficiaries, households and service requests hold personal data.');
    const row = await ctx.loaders.one<Volunteer | Beneficiary | Household | ServiceRequest>(entity).load(id);
    if (!row) throw notFound(type);
    return { type, row } as PersonRecord;
  }

  private async entitlement(ctx: Context, g: RoleGrant, rec: PersonRecord): Promise<PersonalField[]> {
    // A request's caller is called back by whoever handles the queue it sits in: the station's
    // coordinator, the region's admins, the hub.
    if (rec.type === 'ServiceRequest') {
      const handles = g.role === Role.HUB_ADMIN || g.role === Role.REGION_ADMIN || g.role === Role.STATION_COORDINATOR;
      return handles && (await this.visibleTo(ctx, g, rec)) ? CALLER : [];
    }
    switch (g.role) {
      case Role.HUB_ADMIN:
        return ALL;
      case Role.REGION_ADMIN: // only for a record inside this role's own region, whatever else the account holds
        return (await this.visibleTo(ctx, g, rec)) ? ALL : [];
      case Role.ORG_ADMIN:
        if (rec.type === 'Volunteer') return rec.row.organisationId === g.organisationId ? ALL : [];
        return (await this.paired(
          ctx,
          rec,
          `(owner_a_id = $2 OR owner_b_id = $2) AND status IN ('ACTIVE', 'PAUSED')`,
          g.organisationId,
        ))
          ? CONTACT
          : [];
      case Role.VOLUNTEER:
        if (rec.type === 'Volunteer') return rec.row.id === g.volunteerId ? ALL : [];
        return (await this.paired(ctx, rec, `volunteer_id = $2 AND status IN ('ACTIVE', 'PAUSED')`, g.volunteerId))
          ? CONTACT
          : [];
      default:
        return [];
    }
  }

  /** Whether the record lies within this one role's read scope. */
  private async visibleTo(ctx: Context, g: RoleGrant, rec: PersonRecord): Promise<boolean> {
    const predicate = ctx.scope.predicateFor(rec.type, 'r', [g]);
    const rows = await ctx.db.query<unknown[]>(
      `SELECT 1 FROM ${TABLES[rec.type]} r WHERE r.id = $1${predicate ? ` AND (${predicate})` : ''}`,
      [rec.row.id],
    );
    return rows.length > 0;
  }

  private async paired(ctx: Context, rec: PersonRecord, condition: string, scopeId: string | null): Promise<boolean> {
    const column = rec.type === 'Beneficiary' ? 'beneficiary_id' : 'household_id';
    const rows = await ctx.db.query<unknown[]>(`SELECT 1 FROM pairing WHERE ${column} = $1 AND ${condition} LIMIT 1`, [
      rec.row.id,
      scopeId,
    ]);
    return rows.length > 0;
  }
}
