// Service-record certificates (志愿服务记录证明) and their public verification.
import { Permission } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { CertificateResolver, VolunteerCertificatesResolver } from './certificate.resolver';
import { certificateScope } from './certificate.scope';
import { ServiceCertificate } from './service-certificate.entity';

export const certificateModule: HubModule = {
  entities: [ServiceCertificate],
  resolvers: [CertificateResolver, VolunteerCertificatesResolver],
  nodes: { ServiceCertificate: Permission.READ_VOLUNTEERS },
  scope: certificateScope,
};
