import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission, PUBLIC } from '../../auth/permissions';
import { mayChange } from '../../auth/write-policy';
import { nestedFirst } from '../../common/pagination';
import { Organisation } from '../organisation/organisation.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import {
  CertificateVerification,
  IssueServiceCertificateInput,
  RevokeServiceCertificateInput,
  ServiceCertificateViewerCan,
} from './certificate.types';
import { CertificateService } from './certificate.service';
import { ServiceCertificate } from './service-certificate.entity';

@Resolver(() => ServiceCertificate)
export class CertificateResolver {
  private readonly service = new CertificateService();

  @Authorized(Permission.MANAGE_VOLUNTEERS, Permission.VOLUNTEER_SELF_SERVICE)
  @Mutation(() => ServiceCertificate, {
    description: 'Issues a service-record certificate: for oneself, or as an admin who may manage the volunteer.',
  })
  issueServiceCertificate(
    @Arg('input', () => IssueServiceCertificateInput) input: IssueServiceCertificateInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.issue(ctx, input);
  }

  @Authorized(Permission.MANAGE_VOLUNTEERS)
  @Mutation(() => ServiceCertificate, { description: 'Revokes a certificate; its verification page says so.' })
  revokeServiceCertificate(
    @Arg('input', () => RevokeServiceCertificateInput) input: RevokeServiceCertificateInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.revoke(ctx, input);
  }

  @Authorized(PUBLIC)
  @Query(() => CertificateVerification, {
    nullable: true,
    description:
      'Public check of a certificate by its code (from the QR code or typed): its facts and whether revoked.',
  })
  verifyServiceCertificate(@Arg('code') code: string, @Ctx() ctx: Context) {
    return this.service.verify(ctx, code);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The issuing organisation.' })
  issuer(@Root() c: ServiceCertificate, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, c.issuerId);
  }

  @FieldResolver(() => String, { description: 'The PDF (GET with the bearer token).' })
  pdfUrl(@Root() c: ServiceCertificate) {
    return `/files/certificates/${c.globalId}.pdf`;
  }

  @FieldResolver(() => String, { description: 'The public verification page, under the panel’s address.' })
  verifyPath(@Root() c: ServiceCertificate) {
    return `/verify/${c.code}`;
  }

  @FieldResolver(() => ServiceCertificateViewerCan)
  async viewerCan(@Root() c: ServiceCertificate, @Ctx() ctx: Context): Promise<ServiceCertificateViewerCan> {
    const revoke = !c.revokedAt && (await mayChange(ctx, ServiceCertificate, Permission.MANAGE_VOLUNTEERS, c.id));
    return { revoke };
  }
}

@Resolver(() => Volunteer)
export class VolunteerCertificatesResolver {
  @Authorized(Permission.READ_VOLUNTEERS)
  @FieldResolver(() => [ServiceCertificate], {
    description: 'Service-record certificates issued, newest first (the last `first`).',
  })
  async serviceCertificates(
    @Root() v: Volunteer,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ) {
    const rows = await ctx.loaders.many(ServiceCertificate, 'volunteerId', 1000).load(v.id);
    return rows.slice(-nestedFirst(first)).reverse();
  }
}
