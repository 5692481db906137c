// Who is asking: the account, its roles with their scopes, and the permissions those roles grant.
import type { DataSource, EntityManager } from 'typeorm';
import { GRANTS, type Permission, Role } from './permissions';

export interface RoleGrant {
  assignmentId: string;
  role: Role;
  regionId: string | null;
  /** Materialised path of regionId, for subtree predicates. */
  regionPath: string | null;
  /** For station roles: the path of the station's community, for aggregates. */
  stationPath: string | null;
  organisationId: string | null;
  stationId: string | null;
  volunteerId: string | null;
}

/** The permissions a combination of roles grants, built once per combination (GRANTS is fixed). */
const grantSets = new Map<string, ReadonlySet<Permission>>();
function permissionsOf(roles: readonly RoleGrant[]): ReadonlySet<Permission> {
  const key = [...new Set(roles.map((r) => r.role))].sort().join(',');
  let set = grantSets.get(key);
  if (!set) grantSets.set(key, (set = new Set(roles.flatMap((r) => GRANTS[r.role]))));
  return set;
}

export class Viewer {
  readonly permissions: ReadonlySet<Permission>;

  constructor(
    readonly accountId: string,
    readonly username: string,
    readonly displayName: string,
    readonly roles: readonly RoleGrant[],
    /** The account's session version: access tokens carrying another one were revoked. */
    readonly sessionVersion = 0,
  ) {
    this.permissions = permissionsOf(roles);
  }

  has(permission: Permission): boolean {
    return this.permissions.has(permission);
  }

  get isHubAdmin(): boolean {
    return this.roles.some((r) => r.role === Role.HUB_ADMIN);
  }

  rolesOf(role: Role): RoleGrant[] {
    return this.roles.filter((r) => r.role === role);
  }
}

const VIEWER_SQL = `SELECT a.username, a.display_name, a.session_version, ra.id::text AS assignment_id, ra.role, ra.region_id::text, r.path AS region_path, sr.path AS station_path,
            ra.organisation_id::text, ra.station_id::text, ra.volunteer_id::text
       FROM user_account a
       LEFT JOIN role_assignment ra ON ra.account_id = a.id
       LEFT JOIN region r ON r.id = ra.region_id
       LEFT JOIN service_station st ON st.id = ra.station_id
       LEFT JOIN region sr ON sr.id = st.region_id
      WHERE a.id = $1 AND a.status = 'ACTIVE'
      ORDER BY ra.id`;

/**
 * The viewer's lookup runs on every authenticated request, and PostgreSQL spent several times longer
 * planning it than running it: as a named (prepared) statement it is planned once per connection.
 * pg takes a query config where TypeORM passes the text, and TypeORM hands it on untouched; its
 * text is what loggers and the statement counter see.
 */
export const VIEWER_STATEMENT = { name: 'tongxin_viewer_1', text: VIEWER_SQL, toString: () => VIEWER_SQL };

/** One statement per request: the active account and its role assignments. Null when disabled or gone. */
export async function loadViewer(
  db: Pick<DataSource, 'query'> | EntityManager,
  accountId: string,
): Promise<Viewer | null> {
  const rows: Array<{
    username: string;
    display_name: string;
    session_version: number;
    assignment_id: string | null;
    role: Role | null;
    region_id: string | null;
    region_path: string | null;
    station_path: string | null;
    organisation_id: string | null;
    station_id: string | null;
    volunteer_id: string | null;
  }> = await db.query(VIEWER_STATEMENT as unknown as string, [accountId]);
  if (!rows.length) return null;
  const roles = rows
    .filter((r) => r.role)
    .map((r) => ({
      assignmentId: r.assignment_id as string,
      role: r.role as Role,
      regionId: r.region_id,
      regionPath: r.region_path,
      stationPath: r.station_path,
      organisationId: r.organisation_id,
      stationId: r.station_id,
      volunteerId: r.volunteer_id,
    }));
  return new Viewer(accountId, rows[0].username, rows[0].display_name, roles, rows[0].session_version);
}
