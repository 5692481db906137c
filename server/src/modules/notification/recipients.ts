// Who hears of what: the accounts answering for an organisation or a station, and how the notices
// name times (Beijing time, the same in both languages).
import type { EntityManager } from 'typeorm';
import { toGlobalId } from '../../common/node';

const CITY_OFFSET_MS = 8 * 3_600_000;

/** `2027-05-16 09:00`, Beijing time. */
export function cityTime(instant: Date | string): string {
  const d = new Date(new Date(instant).getTime() + CITY_OFFSET_MS);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}

/** Active accounts holding a role with this organisation's (or station's) scope. */
async function holders(tx: EntityManager, column: string, role: string, id: string | null): Promise<string[]> {
  if (!id) return [];
  const rows = await tx.query<Array<{ id: string }>>(
    `SELECT DISTINCT a.id::text AS id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
      WHERE ra.role = $1 AND ra.${column} = $2 AND a.status = 'ACTIVE' ORDER BY 1`,
    [role, id],
  );
  return rows.map((r) => r.id);
}

export const organisationAdmins = (tx: EntityManager, organisationId: string | null) =>
  holders(tx, 'organisation_id', 'ORG_ADMIN', organisationId);

export const stationCoordinators = (tx: EntityManager, stationId: string | null) =>
  holders(tx, 'station_id', 'STATION_COORDINATOR', stationId);

export const organisationName = async (tx: EntityManager, id: string | null) =>
  id
    ? ((await tx.query<Array<{ name: string }>>(`SELECT name FROM organisation WHERE id = $1`, [id]))[0]?.name ?? '')
    : '';

/** What the notices about an event say of it. */
export async function eventFacts(tx: EntityManager, eventId: string) {
  const [e] = await tx.query<Array<{ title: string; starts_at: Date; place: string }>>(
    `SELECT title, starts_at, place FROM service_event WHERE id = $1`,
    [eventId],
  );
  return {
    event: e.title,
    startsAt: cityTime(e.starts_at),
    place: e.place,
    eventId: toGlobalId('ServiceEvent', eventId),
  };
}

/** The two sides of pairing `p` in words (helper – helped), and the joins it needs. */
export const PARTIES_SQL = {
  text: `concat_ws(' – ', COALESCE(v.real_name, oa.name), COALESCE(b.real_name, h.head_name, i.name))`,
  joins: `LEFT JOIN volunteer v ON v.id = p.volunteer_id
       LEFT JOIN organisation oa ON oa.id = p.owner_a_id
       LEFT JOIN beneficiary b ON b.id = p.beneficiary_id
       LEFT JOIN household h ON h.id = p.household_id
       LEFT JOIN organisation i ON i.id = p.institution_id`,
};

/** The two sides of a pairing in words: helper – helped. */
export async function pairingParties(tx: EntityManager, pairingId: string): Promise<string> {
  const [row] = await tx.query<Array<{ parties: string }>>(
    `SELECT ${PARTIES_SQL.text} AS parties FROM pairing p ${PARTIES_SQL.joins} WHERE p.id = $1`,
    [pairingId],
  );
  return row?.parties ?? '';
}
