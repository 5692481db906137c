// Every mutation writes exactly one audit entry, generated from the schema's Mutation fields: the
// tables of test/audit-once/ (each run by an audit-once-<concern>.test.ts) drive each mutation once
// with a valid input on the known world, and the audit log must grow by one. This file checks that
// together they name every Mutation field of the schema exactly once (nothing pending), so a new
// mutation fails here until it is driven.
import { describe, expect, it } from 'vitest';
import { buildHubSchemas } from '../src/schema/build';
import { namesOf } from './helpers/audit-once';
import { accountsAndRegistry } from './audit-once/accounts-registry';
import { sessionsAndSettings } from './audit-once/sessions';
import { peopleAndPairings } from './audit-once/people';
import { eventsAndRequests } from './audit-once/events';

const PARTS = { accountsAndRegistry, sessionsAndSettings, peopleAndPairings, eventsAndRequests };

describe('every mutation', () => {
  it('is driven by exactly one audit-once table, so a new mutation cannot go unaudited', async () => {
    const { subgraphSchema } = await buildHubSchemas();
    const mutations = Object.keys(subgraphSchema.getMutationType()!.getFields()).sort();
    const driven = Object.values(PARTS).flatMap((p) => namesOf(p));
    expect(mutations.filter((m) => !driven.includes(m))).toEqual([]);
    expect(driven.filter((m) => !mutations.includes(m))).toEqual([]);
    expect(driven.filter((m, i) => driven.indexOf(m) !== i)).toEqual([]);
  });
});
