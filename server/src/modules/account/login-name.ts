// The names a person logs in with: a username, the account's mobile number or e-mail address, or a
// volunteer's identity number (through the volunteer's role).
import type { EntityManager } from 'typeorm';
import { normaliseIdentityNumber } from '../../common/identity';
import { UserAccount } from './user-account.entity';

/** The account `login` names, or null. A username wins over a mobile, e-mail or identity number. */
export async function findAccountByLogin(m: EntityManager, login: string): Promise<UserAccount | null> {
  const name = login.trim();
  if (!name) return null;
  const [row] = await m.query<Array<{ id: string }>>(
    `SELECT id::text FROM (
       SELECT a.id, CASE WHEN a.username = $1 THEN 0 WHEN a.mobile = $1 THEN 1 ELSE 2 END AS rank
         FROM user_account a WHERE a.username = $1 OR a.mobile = $1 OR a.email = lower($1)
       UNION ALL
       SELECT ra.account_id, 3 FROM role_assignment ra JOIN volunteer v ON v.id = ra.volunteer_id
        WHERE ra.role = 'VOLUNTEER' AND v.id_number = $2
     ) found ORDER BY rank, id LIMIT 1`,
    [name, normaliseIdentityNumber(name)],
  );
  return row ? m.findOneBy(UserAccount, { id: row.id }) : null;
}
