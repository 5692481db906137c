// The viewer's to-do list, computed from the data: for each kind the viewer's roles act on, the rows
// waiting within the write scope of those roles (auth/scope.ts), counted, and listed newest first.
import { badInput } from '../../common/errors';
import { toGlobalId } from '../../common/node';
import type { Context } from '../../context/context';
import { TODO_SOURCES, type TodoSource } from './todo.kinds';
import type { TodoCounts, TodoItem, TodoItemPage, TodoKind } from './todo.types';

interface Row {
  kind: TodoKind;
  id: string;
  at: Date;
  at_text: string;
  label: string | null;
  target_id: string;
  target_type: string;
}

const encodeCursor = (r: Row) => Buffer.from(JSON.stringify([r.at_text, r.kind, r.id])).toString('base64url');

function decodeCursor(cursor: string): [string, string, string] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(v) &&
      v.length === 3 &&
      typeof v[0] === 'string' &&
      /^\d{4}-\d\d-\d\d[ T][\d:.]+([+-]\d\d(:?\d\d)?)?$/.test(v[0]) &&
      typeof v[1] === 'string' &&
      /^[A-Z_]{1,40}$/.test(v[1]) &&
      typeof v[2] === 'string' &&
      /^[1-9]\d{0,17}$/.test(v[2])
    )
      return [v[0], v[1], v[2]];
  } catch {
    // falls through to the refusal
  }
  throw badInput('after', 'The cursor is not valid: use pageInfo.endCursor of the previous page.');
}

export class TodoService {
  /** One SELECT per kind the viewer acts on, each limited by the scope of the roles holding its permission. */
  private selects(ctx: Context): Array<{ source: TodoSource; sql: string }> {
    const viewer = ctx.viewer;
    if (!viewer) return [];
    return TODO_SOURCES.flatMap((source) => {
      if (!viewer.has(source.permission)) return [];
      const scope = ctx.scope.writePredicate(source.entity, source.alias, source.permission);
      const narrow = source.narrow ? source.narrow(viewer) : null;
      if (scope === 'FALSE' || (source.narrow && narrow === null)) return [];
      const where = [source.where, scope, narrow]
        .filter(Boolean)
        .map((w) => `(${w})`)
        .join(' AND ');
      const sql = `SELECT '${source.kind}'::text AS kind, ${source.alias}.id::text AS id, ${source.at} AS at,
                          ${source.label} AS label, '${source.targetType}'::text AS target_type, ${source.targetId}::text AS target_id
                     FROM ${source.from} WHERE ${where}`;
      return [{ source, sql }];
    });
  }

  private params(ctx: Context): unknown[] {
    return [ctx.now().toISOString(), ctx.settings.pairingOverdueDays];
  }

  /** $1 and $2 are always bound; a viewer whose kinds read neither still names them once. */
  private static readonly BOUND = `$1::timestamptz IS NOT NULL AND $2::int IS NOT NULL`;

  /** Counts per kind (every kind the viewer acts on, zero included) and their sum. */
  async counts(ctx: Context): Promise<TodoCounts> {
    const selects = this.selects(ctx);
    if (!selects.length) return { counts: [], totalCount: 0 };
    const union = selects.map((s) => `SELECT u.kind FROM (${s.sql}) u`).join(' UNION ALL ');
    const rows = await ctx.db.query<Array<{ kind: TodoKind; n: number }>>(
      `SELECT kind, count(*)::int AS n FROM (${union}) t WHERE ${TodoService.BOUND} GROUP BY kind`,
      this.params(ctx),
    );
    const byKind = new Map(rows.map((r) => [r.kind, r.n]));
    const counts = selects.map(({ source }) => ({ kind: source.kind, count: byKind.get(source.kind) ?? 0 }));
    return { counts, totalCount: counts.reduce((sum, c) => sum + c.count, 0) };
  }

  /** Newest first across kinds; ties broken by kind and id so pages neither skip nor repeat. */
  async items(ctx: Context, first: number, after?: string | null): Promise<TodoItemPage> {
    const selects = this.selects(ctx);
    if (!selects.length) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const params = this.params(ctx);
    let cursorWhere = '';
    if (after) {
      const [at, kind, id] = decodeCursor(after);
      params.push(at, kind, id);
      cursorWhere = `AND (t.at, t.kind, t.id::bigint) < ($3::timestamptz, $4::text, $5::bigint)`;
    }
    params.push(first + 1);
    const rows = await ctx.db.query<Row[]>(
      `SELECT t.*, t.at::text AS at_text FROM (${selects.map((s) => s.sql).join(' UNION ALL ')}) t
        WHERE ${TodoService.BOUND} ${cursorWhere}
        ORDER BY t.at DESC, t.kind DESC, t.id::bigint DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, first);
    const nodes: TodoItem[] = page.map((r) => {
      const source = selects.find((s) => s.source.kind === r.kind)!.source;
      return {
        kind: r.kind,
        id: toGlobalId(source.entity, r.id),
        at: r.at,
        label: r.label ?? '',
        targetType: r.target_type,
        targetId: toGlobalId(r.target_type, r.target_id),
      };
    });
    return {
      nodes,
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page.at(-1)!) : null },
    };
  }
}
