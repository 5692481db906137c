// One-to-one pairings and their visits.
import { Permission } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { Pairing } from './pairing.entity';
import { PairingVisit } from './pairing-visit.entity';
import { PairingResolver } from './pairing.resolver';
import { PairingFieldsResolver, PairingVisitFieldsResolver } from './pairing-fields.resolver';
import { pairingScope } from './pairing.scope';

export const pairingModule: HubModule = {
  entities: [Pairing, PairingVisit],
  resolvers: [PairingResolver, PairingFieldsResolver, PairingVisitFieldsResolver],
  nodes: { Pairing: Permission.READ_PAIRINGS, PairingVisit: Permission.READ_PAIRINGS },
  keyed: [Pairing],
  scope: pairingScope,
};
