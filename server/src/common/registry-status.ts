// Suspension of registry records (organisations, teams, stations, service types): one small state
// table shared by the four, since a registry entry is either in service or suspended.
import { registerEnumType } from 'type-graphql';
import type { Transitions } from './state-machine';

export enum RegistryStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(RegistryStatus, {
  name: 'RegistryStatus',
  description: 'A registry entry in service, or suspended (kept, but no new work is placed with it).',
});

export const REGISTRY_TRANSITIONS: Transitions<RegistryStatus> = {
  [RegistryStatus.ACTIVE]: [RegistryStatus.SUSPENDED],
  [RegistryStatus.SUSPENDED]: [RegistryStatus.ACTIVE],
};
