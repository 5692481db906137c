// The in-memory demo city: ids are assigned here (1..N per table) so relations are built before loading.
import type { PoolClient } from 'pg';
import type { IdentityIssuer } from './people';
import type { Rng } from './random';

export interface District {
  id: number;
  index: number;
  name: string;
  code: string;
  county: boolean;
  /** The district federation (区县残联). */
  dpfId: number;
  /** The district's 助残志愿者队伍. */
  teamId: number;
  communities: Community[];
}

export interface Community {
  id: number;
  /** 0-based position in World.communities; the station of community i is station i + 1. */
  index: number;
  name: string;
  village: boolean;
  district: District;
  subdistrictName: string;
  stationId: number;
  /** Service type ids the community's station offers. */
  serviceTypeIds: number[];
}

export interface Org {
  id: number;
  name: string;
  kind: string;
  regionId: number;
  /** Districts are 0-based indexes; -1 for city-wide bodies. */
  districtIndex: number;
}

export interface ServiceTypeSeed {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  audience: 'GENERAL' | 'YOUTH' | 'BLIND';
}

export interface Team {
  id: number;
  name: string;
  regionId: number;
  organisationId: number | null;
}

/** Volunteers are kept compact: 300,000 of them at scale 10. */
export interface VolunteerSeed {
  id: number;
  name: string;
  category: string;
  status: string;
  organisationId: number | null;
  community: Community;
  registeredOn: string;
}

export interface BeneficiarySeed {
  id: number;
  name: string;
  category: string;
  birthDate: string;
  community: Community;
  householdId: number;
  phone: string | null;
}

export interface HouseholdSeed {
  id: number;
  headName: string;
  community: Community;
}

export interface CampaignSeed {
  id: number;
  key: 'LEI_FENG' | 'WOMEN' | 'SUNSHINE' | 'POVERTY' | 'EYES';
  name: string;
  startsOn: string;
  endsOn: string;
  leadId: number;
  /** Accepted partners, lead included: the organisations that may organise its events. */
  organiserIds: number[];
  serviceTypeCodes: string[];
}

export interface World {
  scale: number;
  cityRegionId: number;
  districts: District[];
  communities: Community[];
  /** The village whose 45 households are paired with the federation's cadres. */
  pairingVillage: Community;
  orgs: Org[];
  orgIds: {
    cityDpf: number;
    youthLeague: number;
    womensFederation: number;
    civilAffairs: number;
    tradeUnion: number;
    civilizationOffice: number;
    eyesNgo: number;
  };
  orgsByKind: Map<string, Org[]>;
  serviceTypes: ServiceTypeSeed[];
  serviceTypeByCode: Map<string, ServiceTypeSeed>;
  teams: Team[];
  /** Team of each university / NGO organisation that has one. */
  teamByOrg: Map<number, number>;
  volunteers: VolunteerSeed[];
  /** The federation cadres of the household pairing (volunteers 1..45). */
  cadres: VolunteerSeed[];
  households: HouseholdSeed[];
  beneficiaries: BeneficiarySeed[];
  /** The 45 village households of the cadre pairing. */
  villageHouseholds: HouseholdSeed[];
  campaigns: CampaignSeed[];
}

/** What every step gets: the open transaction, the world so far and a progress callback. */
export interface StepContext {
  client: PoolClient;
  rng: Rng;
  world: World;
  progress: (table: string, done: number, total: number) => void;
  /** Identity numbers are unique across volunteers and beneficiaries, so one issuer serves both. */
  identities: IdentityIssuer;
}
