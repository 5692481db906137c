import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { possibleTypes } from '../src/graphql/generated/possible-types';
import { en } from '../src/locales/en';
import { zhCN } from '../src/locales/zh-CN/all';

// Tests run from web/ (npm test -w web); the schema is the repository's checked-in client schema.
const schema = buildSchema(readFileSync(path.resolve(process.cwd(), '../schema.graphql'), 'utf8'));

describe('what the client assumes about the schema', () => {
  it('generates every type that implements Node (fragments on node(id) depend on it)', () => {
    const implementing = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'))
      .map((t) => t.name)
      .sort();
    expect([...possibleTypes.Node].sort()).toEqual(implementing);
  });

  it('labels every value of the enums it shows', () => {
    const labelled: Record<string, string> = {
      Role: 'role',
      Gender: 'gender',
      ThemeDay: 'themeDay',
      CampaignStatus: 'campaignStatus',
      EventStatus: 'eventStatus',
      PartnerRole: 'partnerRole',
      PartnerStatus: 'partnerStatus',
      OrganisationKind: 'organisationKind',
      VolunteerStatus: 'volunteerStatus',
      VolunteerCategory: 'volunteerCategory',
      DisabilityCategory: 'disabilityCategory',
      AccessNeed: 'accessNeed',
      PairingStatus: 'pairingStatus',
      PairingKind: 'pairingKind',
      VisitMode: 'visitMode',
      ServiceRequestStatus: 'requestStatus',
      DonationKind: 'donationKind',
      ParticipationStatus: 'participationStatus',
      AccountStatus: 'accountStatus',
    };
    for (const [type, key] of Object.entries(labelled)) {
      const values = (schema.getType(type) as import('graphql').GraphQLEnumType)
        .getValues()
        .map((v) => v.name)
        .sort();
      expect(Object.keys(zhCN.enums[key as keyof typeof zhCN.enums]).sort(), type).toEqual(values);
    }
  });
});

describe('the locales', () => {
  it('leave no message empty in either language', () => {
    const empty: string[] = [];
    const walk = (o: Record<string, unknown>, path: string) => {
      for (const [k, v] of Object.entries(o)) {
        if (typeof v === 'string') {
          if (!v.trim()) empty.push(`${path}${k}`);
        } else walk(v as Record<string, unknown>, `${path}${k}.`);
      }
    };
    walk(zhCN, 'zh-CN:');
    walk(en, 'en:');
    expect(empty).toEqual([]);
  });
});
