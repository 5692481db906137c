// Per-request DataLoaders: one batched statement per relation and nesting level, never one per row.
// Every batch carries the viewer's row scope, so nested paths and federation references see no more than lists.
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Scope } from '../auth/scope';
import { getEntities, hydrate, rowCopier, selectProps } from '../db/hydrate';
import { joinedRelations, selectedColumns, type JoinedRelation } from './selection';
import { nestedFirst } from '../common/pagination';
import { planConnection, type TreePlan } from './planner';

type WithId = ObjectLiteral & { id: string };

const PREPARED = Symbol('prepared');
interface PreparedChildren {
  by: Loaders;
  children: Record<string, unknown>;
}

/** A readable name for an entity target (a class, a schema or a table name), unique enough for a cache key. */
function targetName(entity: EntityTarget<ObjectLiteral>): string {
  if (typeof entity === 'string') return entity;
  if (typeof entity === 'function') return entity.name;
  return 'options' in entity ? entity.options.name : entity.name;
}

export class Loaders {
  private readonly cache = new Map<unknown, DataLoader<string, unknown>>();
  private readonly propsMemo = new WeakMap<GraphQLResolveInfo['fieldNodes'], Map<unknown, readonly string[] | null>>();
  private readonly joinsMemo = new WeakMap<GraphQLResolveInfo['fieldNodes'], JoinedRelation[]>();
  /** To-one relations loaded with their parent row (parent → field → child or null). */
  // Kept on the row itself, under one symbol for the process (no field and no column sees it) and
  // marked with the Loaders that prepared it, so no other request reads it: a WeakMap entry per row
  // made the collector's work grow with a nested read's rows, and a symbol per request gave every
  // request's rows a hidden class of their own, which V8 then had to look up and migrate to.
  private readonly prepared = {
    get: (row: object) => {
      const held = (row as { [PREPARED]?: PreparedChildren })[PREPARED];
      return held?.by === this ? held.children : undefined;
    },
    set: (row: object, children: Record<string, unknown>) =>
      void ((row as { [PREPARED]?: PreparedChildren })[PREPARED] = { by: this, children }),
  };

  constructor(
    private readonly db: DataSource,
    private readonly scope: Scope,
  ) {}

  /** Keeps a child (to-one: `first` null) or children (a list cut at `first`) the planner fetched with `parent`. */
  private readonly prepare = (parent: object, field: string, first: number | null, value: unknown) => {
    let children = this.prepared.get(parent);
    if (!children) this.prepared.set(parent, (children = {}));
    children[first === null ? field : `${field}#${first}`] = value;
  };

  /**
   * The read planner's plan for the relations selected under a connection at `info` over rows of
   * `entity` (context/planner.ts), or null when it plans nothing there.
   */
  planConnection(entity: { name: string }, info: GraphQLResolveInfo | undefined): TreePlan | null {
    if (!info) return null;
    return planConnection(this.db, this.scope, this.prepare, entity, info);
  }

  /**
   * A list relation of `parent`: the rows the read planner fetched with it, else the first `limit`
   * per parent through `many`.
   */
  list<T extends WithId>(
    parent: object,
    entity: EntityTarget<T>,
    foreignKeys: (keyof T & string) | Array<keyof T & string>,
    limit: number,
    info: GraphQLResolveInfo,
    parentKey: string,
  ): T[] | Promise<T[]> {
    const planned = info.fieldNodes.some((n) => n.alias) ? undefined : this.prepared.get(parent);
    const key = `${info.fieldName}#${limit}`;
    // Prepared rows are answered as they are: graphql-js completes a plain value without a promise.
    if (planned && key in planned) return planned[key] as T[];
    return this.many(entity, foreignKeys, limit, info).load(parentKey);
  }

  /**
   * The columns a field's selection set needs (null: all), for a loader that serves a field
   * resolver; services that go on to use an entity load it whole (no `info`).
   */
  private props(entity: EntityTarget<ObjectLiteral>, info?: GraphQLResolveInfo, keys: readonly string[] = []) {
    if (!info) return null;
    // Every item of a list asks with the same fieldNodes: worked out once per position.
    let byTarget = this.propsMemo.get(info.fieldNodes);
    if (!byTarget) this.propsMemo.set(info.fieldNodes, (byTarget = new Map<unknown, readonly string[] | null>()));
    const memoKey = keys.length ? `${targetName(entity)}.${keys.join(',')}` : entity;
    if (byTarget.has(memoKey)) return byTarget.get(memoKey)!;
    const selected = selectedColumns(this.db.getMetadata(entity), info);
    const props = selected && [...new Set([...selected, ...keys])].sort();
    byTarget.set(memoKey, props);
    return props;
  }

  private joins(entity: EntityTarget<ObjectLiteral>, info: GraphQLResolveInfo): JoinedRelation[] {
    let joins = this.joinsMemo.get(info.fieldNodes);
    if (!joins) this.joinsMemo.set(info.fieldNodes, (joins = joinedRelations(this.db.getMetadata(entity), info)));
    return joins;
  }

  /**
   * Rows by primary key; missing rows load as null. With `info`, only the columns its selection
   * set needs (one loader, so one statement, per distinct set of columns).
   */
  one<T extends WithId>(entity: EntityTarget<T>, info?: GraphQLResolveInfo): DataLoader<string, T | null> {
    const props = this.props(entity, info);
    const key = props ? `${targetName(entity)}(${props.join(',')})` : entity;
    let loader = this.cache.get(key) as DataLoader<string, T | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T | null>(async (ids) => {
        const repo = this.db.getRepository(entity);
        const qb = selectProps(repo.createQueryBuilder('t'), props).where('t.id = ANY(:ids)', { ids: [...ids] });
        const rows = await getEntities(this.scope.apply(qb, repo.metadata.name), props);
        const byId = new Map(rows.map((r) => [String(r.id), r]));
        return ids.map((id) => byId.get(String(id)) ?? null);
      });
      this.cache.set(key, loader);
    }
    return loader;
  }

  /**
   * A per-request loader for values computed over a batch of keys (aggregates): `compute` gets every
   * key asked for in one tick and returns one value per key, in the same order. The computation
   * applies whatever scope its figures need; `name` identifies it within the request.
   */
  batch<V>(name: string, compute: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    const key = `batch:${name}`;
    let loader = this.cache.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>((keys) => compute(keys));
      this.cache.set(key, loader);
    }
    return loader;
  }

  /**
   * A to-one relation of `parent` that its list's statement may have joined (`declareJoined`), else
   * loaded by key like `ref`. Null when the foreign key is null or the child is outside the scope.
   */
  related<T extends WithId>(
    parent: object,
    entity: EntityTarget<T>,
    id: string | null | undefined,
    info: GraphQLResolveInfo,
  ): T | null | Promise<T | null> {
    // An aliased field may select other columns than the joined, unaliased one.
    const joined = info.fieldNodes.some((n) => n.alias) ? undefined : this.prepared.get(parent);
    if (joined && info.fieldName in joined) return joined[info.fieldName] as T | null;
    return this.ref(entity, id, info);
  }

  /** What the read planner prepared for the (unaliased) field at `info` of `parent`, or undefined. */
  planned<T>(parent: object, info: GraphQLResolveInfo): T | undefined {
    if (info.fieldNodes.some((n) => n.alias)) return undefined;
    const children = this.prepared.get(parent);
    return children && info.fieldName in children ? (children[info.fieldName] as T) : undefined;
  }

  /**
   * What `list` (with `first`), `related` or `planned` (`first` null) answers from the rows prepared
   * with `parent` for the field at `info`, or undefined when nothing is prepared for it.
   */
  preparedAnswer(parent: object, info: GraphQLResolveInfo, first: number | null | undefined): unknown {
    const children = this.prepared.get(parent);
    if (!children || info.fieldNodes.some((n) => n.alias)) return undefined;
    if (first === null) return children[info.fieldName];
    return typeof first === 'number' ? children[`${info.fieldName}#${nestedFirst(first)}`] : undefined;
  }

  /** A to-one relation: null when the foreign key is null. */
  ref<T extends WithId>(
    entity: EntityTarget<T>,
    id: string | null | undefined,
    info?: GraphQLResolveInfo,
  ): Promise<T | null> {
    return id ? this.one(entity, info).load(id) : Promise.resolve(null);
  }

  /**
   * The first `limit` rows per parent, ordered by id, in one statement (a window over the
   * foreign key), so a nested list costs one query per level however many parents there are.
   * A composite parent key (several columns) is passed as the values joined by ':'.
   */
  many<T extends WithId>(
    entity: EntityTarget<T>,
    foreignKeys: (keyof T & string) | Array<keyof T & string>,
    limit: number,
    info?: GraphQLResolveInfo,
  ): DataLoader<string, T[]> {
    const fks = Array.isArray(foreignKeys) ? foreignKeys : [foreignKeys];
    const props = this.props(entity, info, fks);
    const joins = props && info ? this.joins(entity, info) : [];
    const key =
      `${targetName(entity)}.${fks.join(',')}.${limit}${props ? `(${props.join(',')})` : ''}` +
      joins.map((j) => `+${j.field}(${j.props.join(',')})`).join('');
    let loader = this.cache.get(key) as DataLoader<string, T[]> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T[]>(async (parentKeys) => {
        const repo = this.db.getRepository(entity);
        const columns = fks.map((fk) => `t.${repo.metadata.findColumnWithPropertyName(fk)!.databaseName}`);
        const tuples = parentKeys.map((k) => k.split(':'));
        // unnest() of one array per key column keeps the statement shape fixed for any batch size.
        const params = Object.fromEntries(fks.map((_, i) => [`k${i}`, tuples.map((t) => t[i])]));
        const keyList = fks.map((_, i) => `:k${i}::bigint[]`).join(', ');
        // One pass: the rows themselves carry their rank among their siblings, so the first
        // `limit` per parent are cut without joining the table back to itself.
        const ranked = selectProps(repo.createQueryBuilder('t'), props)
          .addSelect(`row_number() OVER (PARTITION BY ${columns.join(', ')} ORDER BY t.id)`, 'rn')
          .where(`(${columns.join(', ')}) IN (SELECT * FROM unnest(${keyList}))`, params);
        this.scope.apply(ranked, repo.metadata.name);
        const [sql, values] = ranked.getQueryAndParameters();
        // Joined children after the cut (only the rows kept), each under its own row scope in the
        // join condition: outside it, the child is null, as its loader would answer.
        const joined = joins.map((j) => {
          const alias = `j_${j.field}`;
          const scope = this.scope.predicate(j.child.name, alias);
          const columns = j.child.columns
            .filter((c) => j.props.includes(c.propertyName))
            .map((c) => `, ${alias}."${c.databaseName}" AS "${alias}_${c.databaseName}"`);
          return {
            columns: columns.join(''),
            join: ` LEFT JOIN "${j.child.tableName}" ${alias} ON ${alias}.id = ranked.t_${j.foreignKey}${scope ? ` AND (${scope})` : ''}`,
          };
        });
        const raws: Array<Record<string, unknown>> = await this.db.query(
          `SELECT ranked.*${joined.map((j) => j.columns).join('')} FROM (${sql}) ranked${joined.map((j) => j.join).join('')}
            WHERE ranked.rn <= ${Math.trunc(limit)} ORDER BY ranked.t_id`,
          values,
        );
        const rows = hydrate(ranked, raws, props);
        if (joins.length) {
          const copiers = joins.map((j) => [j, rowCopier<object>(j.child, `j_${j.field}`, j.props)] as const);
          raws.forEach((raw, i) => {
            const children: Record<string, unknown> = {};
            for (const [j, copy] of copiers) children[j.field] = raw[`j_${j.field}_id`] == null ? null : copy(raw);
            this.prepared.set(rows[i], children);
          });
        }
        const grouped = new Map<string, T[]>();
        for (const row of rows) {
          const parent = fks.map((fk) => String(row[fk])).join(':');
          const list = grouped.get(parent) ?? [];
          list.push(row);
          grouped.set(parent, list);
        }
        return parentKeys.map((k) => grouped.get(k) ?? []);
      });
      this.cache.set(key, loader);
    }
    return loader;
  }
}
