// Service events and hours over GraphQL, for the tests of events, attendance and hour reports: the
// operations a test repeats, and the check that a refused mutation wrote nothing.
import type { DataSource } from 'typeorm';
import { expect } from 'vitest';
import { toGlobalId } from '../../src/common/node';
import { graphql } from '../generated';
import type { CreateServiceEventInput } from '../generated/graphql';
import { nodeAs, type Client, type GqlResponse } from './server';

const gid = (type: string, id: string) => toGlobalId(type, id);

export const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions ?? {};
export const keyOf = (res: GqlResponse<unknown>) => errorOf(res).messageKey ?? errorOf(res).fields?.[0]?.key;

/** Rows and versions of everything these workflows write: a refused mutation leaves them all as they were. */
async function footprint(db: DataSource) {
  const row = await db.query<unknown[]>(`SELECT
      (SELECT count(*) FROM audit_log)::int AS audits,
      (SELECT count(*) FROM idempotency_key)::int AS keys,
      (SELECT count(*) || ':' || COALESCE(sum(version), 0) FROM service_event) AS events,
      (SELECT count(*) || ':' || COALESCE(sum(version), 0) FROM participation) AS participations,
      (SELECT count(*) || ':' || COALESCE(sum(version), 0) FROM hour_report) AS reports,
      (SELECT count(*) || ':' || COALESCE(sum(version), 0) FROM hour_correction) AS corrections,
      (SELECT sum(verified_minutes)::text FROM volunteer) AS volunteerMinutes`);
  return row[0];
}

/** Runs a mutation that must be refused with `code` (and message key), and checks nothing was written. */
export async function refusedIn(db: DataSource, op: () => Promise<GqlResponse<unknown>>, code: string, key?: string) {
  const before = await footprint(db);
  const res = await op();
  expect(errorOf(res).code, JSON.stringify(res.errors)).toBe(code);
  if (key) expect(keyOf(res), JSON.stringify(res.errors)).toBe(key);
  expect(await footprint(db)).toEqual(before);
  return res;
}

export const createEvent = (c: Client, input: CreateServiceEventInput) =>
  c.gql(
    graphql(`
      mutation CreateServiceEvent2($i: CreateServiceEventInput!) {
        createServiceEvent(input: $i) {
          ...EventFields
        }
      }
    `),
    { i: input },
  );
export const enrol = (c: Client, eventId: string, volunteerId: string) =>
  c.gql(
    graphql(`
      mutation EnrolVolunteerInEvent2($e: ID!, $v: ID!) {
        enrolVolunteerInEvent(eventId: $e, volunteerId: $v) {
          ...ParticipationFields
        }
      }
    `),
    {
      e: eventId,
      v: gid('Volunteer', volunteerId),
    },
  );
export const signUp = (c: Client, eventId: string) =>
  c.gql(
    graphql(`
      mutation SignUpForEvent2($e: ID!) {
        signUpForEvent(eventId: $e) {
          ...ParticipationFields
        }
      }
    `),
    { e: eventId },
  );
export const cancelSignUp = (c: Client, id: string, version: number) =>
  c.gql(
    graphql(`
      mutation CancelSignUp2($p: ID!, $v: Int!) {
        cancelSignUp(participationId: $p, version: $v) {
          ...ParticipationFields
        }
      }
    `),
    {
      p: id,
      v: version,
    },
  );
export const checkIn = (c: Client, id: string, version: number, when?: string) =>
  c.gql(
    graphql(`
      mutation CheckIn2($p: ID!, $v: Int!, $at: DateTimeISO) {
        checkIn(participationId: $p, version: $v, at: $at) {
          ...ParticipationFields
        }
      }
    `),
    { p: id, v: version, at: when },
  );
export const checkOut = (c: Client, id: string, version: number, when?: string) =>
  c.gql(
    graphql(`
      mutation CheckOut2($p: ID!, $v: Int!, $at: DateTimeISO) {
        checkOut(participationId: $p, version: $v, at: $at) {
          ...ParticipationFields
        }
      }
    `),
    { p: id, v: version, at: when },
  );
export const participation = async (c: Client, id: string) =>
  nodeAs(
    (
      await c.gql(
        graphql(`
          query ParticipationNode($id: ID!) {
            node(id: $id) {
              __typename
              ... on Participation {
                ...ParticipationFields
                corrections {
                  id
                  status
                  previousMinutes
                  requestedMinutes
                }
              }
            }
          }
        `),
        { id },
      )
    ).data.node,
    'Participation',
  );
export const event = async (c: Client, id: string) =>
  nodeAs(
    (
      await c.gql(
        graphql(`
          query EventNode($id: ID!) {
            node(id: $id) {
              __typename
              ... on ServiceEvent {
                ...EventFields
              }
            }
          }
        `),
        { id },
      )
    ).data.node,
    'ServiceEvent',
  );
