// The vocabulary of row-scope rules: each module states, as pure data, which rows of its tables a
// role may see (modules/<domain>/<domain>.scope.ts); the registry (modules/index.ts) gathers them
// and auth/scope.ts applies them. Nothing here imports a module, so no rule table can make a circle.
import { Role } from './permissions';
import type { RoleGrant } from './viewer';

export { Role };

/** A SQL predicate on alias `a` for one of the viewer's role grants. */
export type Rule = (g: RoleGrant, a: string) => string;
export type RoleRules = Partial<Record<Role, Rule>>;

/** The public directory: readable by anyone the root field admits. */
export const OPEN = 'OPEN';

/** One entity's rules: per role, or OPEN to every caller. A role without a rule sees nothing. */
export type EntityRules = RoleRules | typeof OPEN;

/** Rules by entity (class) name. */
export type ScopeRules = Record<string, EntityRules>;

/** What anonymous visitors may see, by entity; an entity not listed shows them nothing. */
export type AnonymousRules = Record<string, (a: string) => string>;

// Scope values come from our own tables, never from the client; still, they are checked before
// being inlined so a predicate can be reused verbatim in any statement (lists, loaders, aggregates).
export const id = (v: string | null) => {
  if (!v || !/^\d{1,18}$/.test(v)) throw new Error('invalid scope id');
  return v;
};
export const pathOf = (g: RoleGrant) => {
  if (!g.regionPath || !/^[/\d]+$/.test(g.regionPath)) throw new Error('invalid scope path');
  return g.regionPath;
};
/** The column names a region inside the role's region subtree. */
export const inRegion = (col: string, g: RoleGrant) =>
  `${col} IN (SELECT sr.id FROM region sr WHERE sr.path LIKE '${pathOf(g)}%')`;

/** Rows visible through a parent row: `a.fk IN (SELECT id FROM parent WHERE <parent scope>)`. */
export const via = (parentRules: RoleRules, parentTable: string, fk: string): RoleRules =>
  Object.fromEntries(
    Object.entries(parentRules).map(([role, rule]) => [
      role,
      (g: RoleGrant, a: string) => `${a}.${fk} IN (SELECT vp.id FROM ${parentTable} vp WHERE ${rule(g, 'vp')})`,
    ]),
  );
