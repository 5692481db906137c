// What one domain module contributes to the hub. Each modules/<domain>/index.ts exports one of these;
// modules/index.ts gathers them into the lists the schema, the data source and the row scope need.
import type { Rule } from '../auth/permissions';
import type { AnonymousRules, ScopeRules } from '../auth/scope-rules';

/** An entity or resolver class, as TypeORM and type-graphql take them. */
export type Class = abstract new (...args: never[]) => unknown;

export interface HubModule {
  /** Tables the module owns (TypeORM entities). */
  entities?: Class[];
  /** type-graphql resolver classes: root fields and the fields of the module's types. */
  resolvers?: Class[];
  /**
   * Entities fetchable by `node(id:)` (and, if keyed, `_entities`), by class name (the GraphQL type
   * name), each with the rule its list query declares: reading one by id needs no less than listing.
   */
  nodes?: Record<string, Rule>;
  /** Of those, the types other subgraphs may extend by `@key(fields: "id")`. */
  keyed?: Class[];
  /** Row scope of the module's tables, by entity name (auth/scope.ts applies it). */
  scope?: ScopeRules;
  /**
   * Where changing a row is narrower than seeing it (auth/write-policy.ts): per entity and role; a
   * role not named here changes what it sees, as far as its permissions reach.
   */
  writeScope?: ScopeRules;
  /** What anonymous visitors may see of the module's tables. */
  anonymousScope?: AnonymousRules;
  /** TypeORM subscribers (transaction hooks) the module needs on the data source. */
  subscribers?: Class[];
}
