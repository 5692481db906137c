// Look-up of a public submission by its short reference and the last four digits of the mobile
// given with it. Wrong digits and an unknown reference answer alike (null), and both count as a
// failure per reference and per address in the login throttle, so references cannot be combed.
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { Problems, userError } from '../../common/errors';
import { normaliseReference } from '../../common/reference';
import { SubmissionKind, type ReceiptStation, type SubmissionStatus } from './submission.types';

interface Row {
  kind: SubmissionKind;
  status: string;
  submitted_at: Date;
  phone: string;
  station_name: string | null;
  station_phone: string | null;
}

/** The station a submission falls to: the one chosen, else the first of its community. */
const STATION_OF = (
  stationCol: string,
  regionCol: string,
) => `(SELECT s.name AS station_name, s.contact_phone AS station_phone
    FROM service_station s
   WHERE s.id = ${stationCol} OR (${stationCol} IS NULL AND s.region_id = ${regionCol})
   ORDER BY s.id LIMIT 1) st ON TRUE`;

/** The station a receipt names, with its phone (null when the place has none). */
export async function receiptStation(
  m: EntityManager,
  stationId: string | null,
  regionId: string | null,
): Promise<ReceiptStation | null> {
  const [row] = await m.query<Array<{ station_name: string; station_phone: string }>>(
    `SELECT st.* FROM (SELECT $1::bigint AS station_id, $2::bigint AS region_id) x LEFT JOIN LATERAL ${STATION_OF('x.station_id', 'x.region_id')}`,
    [stationId, regionId],
  );
  return row?.station_name ? { name: row.station_name, phone: row.station_phone } : null;
}

export class SubmissionService {
  async lookUp(ctx: Context, typed: string, phoneLast4: string): Promise<SubmissionStatus | null> {
    const p = new Problems();
    const reference = normaliseReference(typed);
    p.check(!reference, 'reference', 'referenceInvalid');
    const digits = phoneLast4.trim();
    p.check(!/^\d{4}$/.test(digits), 'phoneLast4', 'lastFourDigits');
    p.throwIfAny();

    const keys = [`reference:${reference}`, `reference-ip:${ctx.ip}`];
    const waitMs = await ctx.auth.throttle.retryAfterMs(ctx.db, keys);
    if (waitMs > 0) {
      const retryAfterSeconds = Math.ceil(waitMs / 1000);
      throw userError('TOO_MANY_ATTEMPTS', `Too many look-ups. Try again in ${retryAfterSeconds} seconds.`, {
        retryAfterSeconds,
      });
    }
    const rows = await ctx.db.query<Row[]>(
      `SELECT '${SubmissionKind.VOLUNTEER_REGISTRATION}' AS kind, v.status::text AS status, v.registered_at AS submitted_at, v.phone, st.*
         FROM volunteer v LEFT JOIN LATERAL ${STATION_OF('v.station_id', 'v.home_region_id')}
        WHERE v.reference = $1
       UNION ALL
       SELECT '${SubmissionKind.SERVICE_REQUEST}', r.status::text, r.created_at, r.phone, st.*
         FROM service_request r LEFT JOIN LATERAL ${STATION_OF('r.station_id', 'r.region_id')}
        WHERE r.reference = $1`,
      [reference],
    );
    const row = rows.find((r) => r.phone.slice(-4) === digits);
    if (!row) {
      await ctx.auth.throttle.recordFailure(ctx.db, keys);
      return null;
    }
    return {
      reference: reference!,
      kind: row.kind,
      status: row.status,
      submittedAt: row.submitted_at,
      station: row.station_name ? { name: row.station_name, phone: row.station_phone! } : null,
    };
  }
}
