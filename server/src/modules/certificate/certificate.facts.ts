// The facts a certificate states, gathered from the evidence in one pass of statements: verified
// participations (hours outside events come in as approved one-off events, so they are here too).
import type { EntityManager } from 'typeorm';
import { maskIdNumber } from '../../common/mask';
import { starLevel } from '../volunteer/star-level';
import type { Volunteer } from '../volunteer/volunteer.entity';
import type { CertificateFacts } from './certificate.types';

/** The events listed by name on a certificate; the count covers all of them. */
export const LISTED_EVENTS = 30;

/** Verified participations of volunteer $1: the one definition of "hours" a certificate uses. */
const VERIFIED = `participation p JOIN service_event e ON e.id = p.event_id
  WHERE p.volunteer_id = $1 AND p.verified_at IS NOT NULL AND p.deleted_at IS NULL AND p.minutes > 0`;
const CITY_DATE = `(e.starts_at AT TIME ZONE 'Asia/Shanghai')`;

/** Minutes as hours with one decimal (no float sums: minutes are added as integers first). */
export const hoursOf = (minutes: number | string) => Math.round(Number(minutes) / 6) / 10;

export async function gatherFacts(
  m: EntityManager,
  volunteer: Volunteer,
  issuer: string,
  thresholdsHours: readonly number[],
): Promise<CertificateFacts> {
  const id = volunteer.id;
  const [byYear, byType, events, [totals], registered, servedWith] = await Promise.all([
    m.query<Array<{ year: number; minutes: string }>>(
      `SELECT extract(year FROM ${CITY_DATE})::int AS year, sum(p.minutes)::bigint AS minutes FROM ${VERIFIED}
        GROUP BY 1 ORDER BY 1`,
      [id],
    ),
    m.query<Array<{ name: string; minutes: string }>>(
      `SELECT st.name, sum(p.minutes)::bigint AS minutes FROM ${VERIFIED.replace(
        'JOIN service_event e ON e.id = p.event_id',
        'JOIN service_event e ON e.id = p.event_id JOIN service_type st ON st.id = e.service_type_id',
      )} GROUP BY st.id, st.name ORDER BY 2 DESC, st.name`,
      [id],
    ),
    m.query<Array<{ title: string; date: string; organiser: string; minutes: number }>>(
      `SELECT e.title, to_char(${CITY_DATE}, 'YYYY-MM-DD') AS date, o.name AS organiser, p.minutes
         FROM ${VERIFIED.replace(
           'JOIN service_event e ON e.id = p.event_id',
           'JOIN service_event e ON e.id = p.event_id JOIN organisation o ON o.id = e.organiser_id',
         )}
        ORDER BY e.starts_at DESC, e.id DESC LIMIT ${LISTED_EVENTS}`,
      [id],
    ),
    m.query<Array<{ minutes: string; events: number; first: string | null; last: string | null }>>(
      `SELECT coalesce(sum(p.minutes), 0)::bigint AS minutes, count(DISTINCT p.event_id)::int AS events,
              to_char(min(${CITY_DATE}), 'YYYY-MM-DD') AS first, to_char(max(${CITY_DATE}), 'YYYY-MM-DD') AS last
         FROM ${VERIFIED}`,
      [id],
    ),
    m.query<Array<{ name: string }>>(
      `SELECT name FROM (
         SELECT 1 AS k, name FROM organisation WHERE id = $1
         UNION ALL SELECT 2, name FROM volunteer_team WHERE id = $2
         UNION ALL SELECT 3, name FROM service_station WHERE id = $3) x ORDER BY k`,
      [volunteer.organisationId, volunteer.teamId, volunteer.stationId],
    ),
    m.query<Array<{ name: string }>>(
      `SELECT o.name FROM ${VERIFIED.replace(
        'JOIN service_event e ON e.id = p.event_id',
        'JOIN service_event e ON e.id = p.event_id JOIN organisation o ON o.id = e.organiser_id',
      )} GROUP BY o.id, o.name ORDER BY sum(p.minutes) DESC, o.name LIMIT 10`,
      [id],
    ),
  ]);
  return {
    name: volunteer.realName,
    maskedIdNumber: maskIdNumber(volunteer.idNumber) ?? '',
    registeredWith: registered.map((r) => r.name),
    servedWith: servedWith.map((r) => r.name),
    periodFrom: totals.first,
    periodTo: totals.last,
    totalHours: hoursOf(totals.minutes),
    hoursByYear: byYear.map((r) => ({ year: r.year, hours: hoursOf(r.minutes) })),
    hoursByServiceType: byType.map((r) => ({ serviceType: r.name, hours: hoursOf(r.minutes) })),
    eventCount: totals.events,
    events: events.map((e) => ({ title: e.title, date: e.date, organiser: e.organiser, hours: hoursOf(e.minutes) })),
    starLevel: starLevel(Number(totals.minutes), thresholdsHours),
    issuer,
  };
}
