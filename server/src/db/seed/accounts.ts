// Demo accounts, one per role, seeded only with the demo city (README lists them).
import type pg from 'pg';
import { hashPassword } from '../../modules/account/session.service';

interface DemoAccount {
  username: string;
  displayName: string;
  role: string;
  /** SQL returning the scope id (null for unscoped roles), or null. */
  scope: { column: 'region_id' | 'organisation_id' | 'station_id' | 'volunteer_id'; sql: string } | null;
}

const FIRST_DISTRICT = `SELECT id FROM region WHERE level = 'DISTRICT' ORDER BY id LIMIT 1`;

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'hub.admin', displayName: '市残联管理员', role: 'HUB_ADMIN', scope: null },
  {
    username: 'district.admin',
    displayName: '区残联管理员',
    role: 'REGION_ADMIN',
    scope: { column: 'region_id', sql: FIRST_DISTRICT },
  },
  {
    username: 'youth.admin',
    displayName: '团市委联络员',
    role: 'ORG_ADMIN',
    scope: {
      column: 'organisation_id',
      sql: `SELECT id FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY id LIMIT 1`,
    },
  },
  {
    username: 'women.admin',
    displayName: '市妇联联络员',
    role: 'ORG_ADMIN',
    scope: {
      column: 'organisation_id',
      sql: `SELECT id FROM organisation WHERE kind = 'WOMENS_FEDERATION' ORDER BY id LIMIT 1`,
    },
  },
  {
    username: 'ngo.admin',
    displayName: '“我是你的眼”项目负责人',
    role: 'ORG_ADMIN',
    scope: {
      column: 'organisation_id',
      sql: `SELECT lead_organisation_id FROM campaign WHERE name LIKE '%我是你的眼%' ORDER BY id LIMIT 1`,
    },
  },
  {
    username: 'station.coord',
    displayName: '社区服务站协调员',
    role: 'STATION_COORDINATOR',
    // A station of the demo district with beneficiaries and events, so its views are not empty.
    scope: {
      column: 'station_id',
      sql: `SELECT s.id FROM service_station s JOIN region r ON r.id = s.region_id
             WHERE r.path LIKE (SELECT path FROM region WHERE id = (${FIRST_DISTRICT})) || '%'
             ORDER BY (SELECT count(*) FROM beneficiary b WHERE b.station_id = s.id) DESC, s.id LIMIT 1`,
    },
  },
  {
    username: 'volunteer.demo',
    displayName: '志愿者演示账号',
    role: 'VOLUNTEER',
    scope: {
      column: 'volunteer_id',
      // Paired and active; a volunteer of the "I am your eyes" NGO, as the README's walk-through has
      // it, and one with service history where the city has such a one.
      sql: `SELECT p.volunteer_id FROM pairing p JOIN volunteer v ON v.id = p.volunteer_id
             WHERE p.kind = 'VOLUNTEER_BENEFICIARY' AND p.status = 'ACTIVE' AND v.status = 'ACTIVE'
             ORDER BY (v.organisation_id IS DISTINCT FROM (SELECT lead_organisation_id FROM campaign
                        WHERE name LIKE '%我是你的眼%' ORDER BY id LIMIT 1)),
                      NOT EXISTS (SELECT 1 FROM participation x WHERE x.volunteer_id = v.id), p.id LIMIT 1`,
    },
  },
  { username: 'viewer.demo', displayName: '领导驾驶舱（只读）', role: 'VIEWER', scope: null },
];

export async function seedDemoAccounts(pool: pg.Pool, password: string): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const a of DEMO_ACCOUNTS) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO user_account (username, display_name, password_hash) VALUES ($1, $2, $3)
         ON CONFLICT (username) DO NOTHING RETURNING id`,
        [a.username, a.displayName, await hashPassword(password)],
      );
      if (!rows.length) continue; // already there: a retried seed changes nothing
      const scopeId = a.scope ? (await client.query<Record<string, unknown>>(a.scope.sql)).rows[0] : null;
      const value = scopeId ? Object.values(scopeId)[0] : null;
      if (a.scope && !value) throw new Error(`no scope found for the demo account ${a.username}`);
      const column = a.scope?.column;
      await client.query(
        `INSERT INTO role_assignment (account_id, role${column ? `, ${column}` : ''}) VALUES ($1, $2${column ? ', $3' : ''})`,
        column ? [rows[0].id, a.role, value] : [rows[0].id, a.role],
      );
    }
    await client.query('COMMIT');
    return DEMO_ACCOUNTS.length;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}
