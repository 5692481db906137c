// Row scope: which rows of each table a viewer may see, as SQL predicates built from the request
// context only. Applied to lists, totalCount, node(), loaders (nested relations and federation
// references) alike. A table or role without a rule sees nothing. The rules themselves are stated
// by each module (modules/<domain>/<domain>.scope.ts) and handed in by the registry.
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { GRANTS, type Permission, Role } from './permissions';
import { OPEN, type AnonymousRules, type RoleRules, type ScopeRules } from './scope-rules';
import type { RoleGrant, Viewer } from './viewer';

/** Every table's rules, as the registry gathered them from the modules. */
export interface ScopeTables {
  rules: ScopeRules;
  anonymous: AnonymousRules;
  /** Per entity and role, where the rows one may change are fewer than those one sees. */
  write: ScopeRules;
}

export class Scope {
  constructor(
    readonly viewer: Viewer | null,
    private readonly tables: ScopeTables,
  ) {}

  /** A SQL predicate on `alias`, or null when the viewer sees every row of the entity. */
  predicate(entity: string, alias: string): string | null {
    const rules = this.tables.rules[entity];
    if (rules === OPEN) return null;
    if (!this.viewer) return this.tables.anonymous[entity]?.(alias) ?? 'FALSE';
    return this.combine(rules, this.viewer.roles, alias);
  }

  /**
   * The rows the viewer may change with `permission`: the row rules of only those of its roles
   * that grant the permission (a coordinator who is also a volunteer does not approve as one), the
   * write rule of a role where its module states one (a coordinator sees every event at its station
   * but runs only the station's own), else its read rule.
   */
  writePredicate(entity: string, alias: string, permission: Permission): string | null {
    const read = this.tables.rules[entity];
    const write = this.tables.write[entity];
    if (!this.viewer) return 'FALSE';
    const roles = this.viewer.roles.filter((g) => GRANTS[g.role].includes(permission));
    if (read === OPEN && !write) return roles.length ? null : 'FALSE';
    const rules: RoleRules = { ...(read === OPEN ? {} : read), ...(write === OPEN ? {} : write) };
    return this.combine(rules, roles, alias);
  }

  /** The predicate of the given roles only (a decision one role at a time, as revealing data needs). */
  predicateFor(entity: string, alias: string, roles: readonly RoleGrant[]): string | null {
    const rules = this.tables.rules[entity];
    if (rules === OPEN) return null;
    return this.combine(rules, roles, alias);
  }

  private combine(rules: RoleRules | undefined, roles: readonly RoleGrant[], alias: string): string | null {
    if (roles.some((g) => g.role === Role.HUB_ADMIN)) return null;
    const parts = roles.flatMap((g) => {
      const rule = rules?.[g.role];
      return rule ? [rule(g, alias)] : [];
    });
    if (parts.includes('TRUE')) return null;
    return parts.length ? parts.map((p) => `(${p})`).join(' OR ') : 'FALSE';
  }

  apply<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, entity: string): SelectQueryBuilder<T> {
    const p = this.predicate(entity, qb.alias);
    return p ? qb.andWhere(`(${p})`) : qb;
  }
}
