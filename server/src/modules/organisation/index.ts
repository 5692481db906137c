// The directory of the federation and its partner organisations.
import { OPEN } from '../../auth/scope-rules';
import { PUBLIC } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { OrganisationViewerCanResolver } from '../registry/registry-viewer-can';
import { Organisation } from './organisation.entity';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationFieldsResolver } from './organisation-fields.resolver';
import { organisationWriteScope } from './organisation.scope';

export const organisationModule: HubModule = {
  entities: [Organisation],
  resolvers: [OrganisationResolver, OrganisationFieldsResolver, OrganisationViewerCanResolver],
  nodes: { Organisation: PUBLIC },
  keyed: [Organisation],
  scope: { Organisation: OPEN },
  writeScope: organisationWriteScope,
};
