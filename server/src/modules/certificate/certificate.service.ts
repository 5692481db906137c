// Service-record certificates: issuing one (for oneself, or as an admin of the volunteer) with its
// facts frozen, revoking it, its PDF, and the public verification by code.
import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { changeable, lockToChange, mayPlace, ownOrganisationId, refusal, rolesFor } from '../../auth/write-policy';
import { conflict, forbidden, Problems } from '../../common/errors';
import { dbId } from '../../common/node';
import { createOnce } from '../../common/write';
import { AuditService } from '../audit/audit.service';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity';
import { Region } from '../region/region.entity';
import { RegionService } from '../region/region.service';
import { Volunteer } from '../volunteer/volunteer.entity';
import { gatherFacts } from './certificate.facts';
import { renderCertificatePdf } from './certificate.pdf';
import type {
  CertificateVerification,
  IssueServiceCertificateInput,
  RevokeServiceCertificateInput,
} from './certificate.types';
import { ServiceCertificate } from './service-certificate.entity';

/** Letters and digits no one mishears or misreads (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** 12 characters in three groups (59 bits): unguessable, and still read out in one breath per group. */
export function newCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What a person types or says, in the stored shape: case, spaces and dashes do not matter. */
export function normaliseCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s-]/g, '');
  if (raw.length !== 12 || [...raw].some((c) => !ALPHABET.includes(c))) return null;
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

export class CertificateService {
  private readonly audit = new AuditService();
  private readonly regions = new RegionService();

  async issue(ctx: Context, input: IssueServiceCertificateInput): Promise<ServiceCertificate> {
    const volunteerId = dbId(input.volunteerId, 'Volunteer', 'input.volunteerId');
    const issuerId = input.issuerId ? dbId(input.issuerId, 'Organisation', 'input.issuerId') : null;
    const { idempotencyKey, ...fingerprint } = input;
    return createOnce(ctx, 'issueServiceCertificate', idempotencyKey, fingerprint, ServiceCertificate, async (m) => {
      const volunteer = await this.certifiable(ctx, m, volunteerId);
      const issuer = await this.issuer(ctx, m, volunteer, issuerId);
      const thresholds = await this.regions.starThresholds(ctx, volunteer.homeRegionId);
      const facts = await gatherFacts(m, volunteer, issuer.name, thresholds);
      let code = newCode();
      while (await m.existsBy(ServiceCertificate, { code })) code = newCode();
      const c = await m.save(
        m.create(ServiceCertificate, {
          code,
          volunteerId,
          issuerId: issuer.id,
          issuedById: ctx.viewer!.accountId,
          issuedAt: ctx.now(),
          facts,
        }),
      );
      await this.audit.write(ctx, m, {
        action: 'ISSUE_SERVICE_CERTIFICATE',
        recordType: 'ServiceCertificate',
        recordId: c.id,
        regionId: volunteer.homeRegionId,
        after: { volunteerId, code, issuerId: issuer.id, totalHours: facts.totalHours, eventCount: facts.eventCount },
      });
      return c;
    });
  }

  async revoke(ctx: Context, input: RevokeServiceCertificateInput): Promise<ServiceCertificate> {
    const id = dbId(input.id, 'ServiceCertificate', 'input.id');
    const reason = input.reason.trim();
    const p = new Problems();
    p.check(!reason, 'input.reason', 'required');
    p.throwIfAny();
    return ctx.db.transaction(async (m) => {
      const c = await lockToChange(ctx, m, ServiceCertificate, id, Permission.MANAGE_VOLUNTEERS);
      if (c.revokedAt) throw conflict('invalidTransition', { status: 'REVOKED' });
      const volunteer = await m.findOneByOrFail(Volunteer, { id: c.volunteerId });
      await m.update(
        ServiceCertificate,
        { id },
        { revokedAt: ctx.now(), revokedById: ctx.viewer!.accountId, revokeReason: reason },
      );
      await this.audit.write(ctx, m, {
        action: 'REVOKE_SERVICE_CERTIFICATE',
        recordType: 'ServiceCertificate',
        recordId: id,
        regionId: volunteer.homeRegionId,
        reason,
        before: { code: c.code, revokedAt: null },
        after: { code: c.code, revokedAt: ctx.now().toISOString() },
      });
      return m.findOneByOrFail(ServiceCertificate, { id });
    });
  }

  /** The public check: the snapshot and whether it still stands; null for a code never issued. */
  async verify(ctx: Context, code: string): Promise<CertificateVerification | null> {
    const normal = normaliseCode(code);
    if (!normal) return null;
    // Deliberately unscoped: anyone holding the code may check it (the code is the capability).
    const c = await ctx.db.getRepository(ServiceCertificate).findOneBy({ code: normal });
    if (!c) return null;
    return { code: c.code, issuedAt: c.issuedAt, facts: c.facts, revoked: !!c.revokedAt, revokedAt: c.revokedAt };
  }

  /** The PDF of a certificate the viewer may see; the QR code leads to `webOrigin`'s verification page. */
  async pdf(ctx: Context, globalId: string, webOrigin: string): Promise<{ name: string; file: Buffer }> {
    const id = dbId(globalId, 'ServiceCertificate', 'id');
    const c = await ctx.loaders.one(ServiceCertificate).load(id);
    if (!c) throw await refusal(ctx, ctx.db.manager, ServiceCertificate, id);
    const file = await renderCertificatePdf({
      code: c.code,
      issuedAt: c.issuedAt,
      facts: c.facts,
      revokedAt: c.revokedAt,
      verifyUrl: `${webOrigin}/verify/${c.code}`,
      verifyHome: `${webOrigin}/verify`,
    });
    return { name: `志愿服务记录证明-${c.facts.name}-${c.code}.pdf`, file };
  }

  /**
   * The volunteer a certificate may be issued for: one an admin may manage (MANAGE_VOLUNTEERS
   * through the write policy), else the viewer's own record (VOLUNTEER_SELF_SERVICE).
   */
  private async certifiable(ctx: Context, m: EntityManager, volunteerId: string): Promise<Volunteer> {
    for (const permission of [Permission.MANAGE_VOLUNTEERS, Permission.VOLUNTEER_SELF_SERVICE]) {
      if (!rolesFor(ctx, permission).length) continue;
      const row = await changeable(ctx, m, Volunteer, 'v', permission)
        .andWhere('v.id = :volunteerId', { volunteerId })
        .getOne();
      if (row) return row;
    }
    throw await refusal(ctx, m, Volunteer, volunteerId);
  }

  /**
   * Who issues: the organisation named (one the caller may act for), else an organisation admin's
   * own, else the volunteer's organisation, else the federation (DPF) nearest the volunteer's home.
   */
  private async issuer(
    ctx: Context,
    m: EntityManager,
    volunteer: Volunteer,
    issuerId: string | null,
  ): Promise<Organisation> {
    if (issuerId) {
      const org = await m.findOneBy(Organisation, { id: issuerId });
      const region = org && (await m.findOneBy(Region, { id: org.regionId }));
      if (!org || !mayPlace(ctx, Permission.MANAGE_VOLUNTEERS, { organisationId: org.id, regionPath: region?.path }))
        throw forbidden();
      return org;
    }
    const own = ownOrganisationId(ctx) ?? volunteer.organisationId;
    if (own) return m.findOneByOrFail(Organisation, { id: own });
    const [dpf] = await m.query<Array<{ id: string }>>(
      `SELECT o.id::text FROM organisation o JOIN region r ON r.id = o.region_id
        WHERE o.kind = $1 AND (SELECT path FROM region WHERE id = $2) LIKE r.path || '%'
        ORDER BY length(r.path) DESC, o.id LIMIT 1`,
      [OrganisationKind.DPF, volunteer.homeRegionId],
    );
    if (!dpf) throw forbidden();
    return m.findOneByOrFail(Organisation, { id: dpf.id });
  }
}
