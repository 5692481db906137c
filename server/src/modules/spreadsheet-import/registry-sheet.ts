// The registry as spreadsheets: organisations, volunteer teams and service stations. The natural key
// of each is its name and its region (district, subdistrict, community as filled in): a row whose
// name is on file in that region updates the entry, else creates one. The checks are the registry
// mutations' own (registry-write.ts: required names, office phone, e-mail; a station in a community;
// nothing placed under a suspended organisation; the write policy's placement and write scope).
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { Permission, Role } from '../../auth/permissions';
import { mayPlace, ownOrganisationId, rolesFor } from '../../auth/write-policy';
import { Problems } from '../../common/errors';
import { RegistryStatus } from '../../common/registry-status';
import { bucketLabel } from '../dashboard/labels';
import type { AuditAction } from '../audit/audit-actions';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { contactChanges } from '../registry/registry-write';
import type { Lookups, NamedRow } from './lookups';
import type { RawRow, SheetColumn } from './sheet';
import {
  batchCounts,
  changeEntry,
  notSeenBefore,
  outcome,
  type ImportHandler,
  type RowOutcome,
} from './import-handler';

/** A checked row: its key and the fields the import sets. */
export interface RegistryRow {
  row: number;
  name: string;
  regionId: string;
  regionPath: string;
  fields: Record<string, string | null>;
}

interface Kind {
  title: string;
  entity: typeof Organisation | typeof VolunteerTeam | typeof ServiceStation;
  table: string;
  recordType: string;
  created: AuditAction;
  updated: AuditAction;
  /** Entity properties the import sets (compared with the entry on file), besides name and region. */
  compared: string[];
  /** The region must be a community (a station serves one). */
  community?: boolean;
  /** An entry placed under an organisation (teams, stations): the organisation column and scope. */
  placed?: boolean;
  columns(lookups: Lookups): SheetColumn[];
  instructions: string[];
  /** The row's own fields, checked (problems named by column). */
  fields(v: Record<string, string>, p: Problems, lookups: Lookups, within?: string): Record<string, string | null>;
}

const KIND_BY_TEXT = new Map<string, OrganisationKind>(
  Object.values(OrganisationKind).flatMap((k) => [
    [k, k],
    [bucketLabel('enum', k, 'zh-CN'), k],
  ]),
);

const place = (lookups: Lookups): SheetColumn[] => [
  {
    key: 'district',
    header: '区县',
    headerEn: 'District',
    list: lookups.districts.map((d) => d.name),
    note: '所在区县（从下拉列表中选择）；市级组织、队伍不填',
  },
  { key: 'subdistrict', header: '街道/乡镇', headerEn: 'Subdistrict', note: '须属于所填区县' },
  { key: 'community', header: '社区/村', headerEn: 'Community', note: '须属于所填街道/乡镇' },
];

const nameColumn = (what: string): SheetColumn => ({
  key: 'name',
  header: '名称',
  headerEn: 'Name',
  required: true,
  width: 28,
  note: `${what}全称，至多 60 字；与所在地区一起用作唯一标识：同一地区已有同名${what}的，按本表更新`,
});

/** Trimmed text of at most `max` characters; blank is null unless required. */
function textField(p: Problems, column: string, value: string | undefined, max: number, required = false) {
  const v = (value ?? '').trim();
  if (!v) {
    if (required) p.add(column, 'required');
    return null;
  }
  if (v.length > max) p.add(column, 'tooLong', { max });
  return v;
}

/** The organisation a team or station belongs to, by name: must exist and be in service. */
function organisationField(p: Problems, lookups: Lookups, name: string | undefined, within?: string) {
  const r = lookups.organisation((name ?? '').trim(), within);
  if (r && 'key' in r) p.add(r.column, r.key);
  return r && 'row' in r ? r.row : null;
}

function contact(p: Problems, v: Record<string, string>, email: boolean) {
  const c = contactChanges(
    { contactPhone: v.contactPhone ?? '', ...(email ? { contactEmail: v.contactEmail ?? '' } : {}) },
    p,
    '',
  );
  return { contactPhone: c.contactPhone ?? null, ...(email ? { contactEmail: c.contactEmail ?? null } : {}) };
}

const KINDS: Record<'ORGANISATION' | 'TEAM' | 'STATION', Kind> = {
  ORGANISATION: {
    title: '组织导入模板',
    entity: Organisation,
    table: 'organisation',
    recordType: 'Organisation',
    created: 'IMPORT_CREATE_ORGANISATION',
    updated: 'IMPORT_UPDATE_ORGANISATION',
    compared: ['kind', 'parentId', 'contactName', 'contactPhone', 'contactEmail', 'address'],
    columns: (lookups) => [
      nameColumn('组织'),
      {
        key: 'kind',
        header: '组织类型',
        headerEn: 'Kind',
        required: true,
        list: Object.values(OrganisationKind).map((k) => bucketLabel('enum', k, 'zh-CN')),
        note: '从下拉列表中选择',
      },
      ...place(lookups),
      {
        key: 'parent',
        header: '上级组织',
        headerEn: 'Parent organisation',
        width: 24,
        note: '区县分支所属的市级组织全称',
      },
      { key: 'contactName', header: '联系人', headerEn: 'Contact', note: '至多 30 字' },
      { key: 'contactPhone', header: '联系电话', headerEn: 'Phone', text: true, note: '手机或座机，如 0931-8123456' },
      { key: 'contactEmail', header: '电子邮箱', headerEn: 'E-mail', width: 24, note: '' },
      { key: 'address', header: '办公地址', headerEn: 'Address', width: 30, note: '至多 200 字' },
    ],
    instructions: [
      '每行一个组织；带 * 的列必填。名称加所在地区是唯一标识，同一文件中不得重复。',
      '同一地区已有同名组织的，按本表更新类型、上级组织、联系人、电话、邮箱与地址；没有的新建。',
      '只能导入您有权管理的组织：市级管理员不限，区县管理员限本区县，组织管理员只能更新本组织。',
    ],
    fields(v, p, lookups, within) {
      const kind = KIND_BY_TEXT.get((v.kind ?? '').trim());
      if (!v.kind) p.add('kind', 'required');
      else if (!kind) p.add('kind', 'valueNotInList');
      const parent = v.parent?.trim() ? organisationField(p, lookups, v.parent, within) : null;
      if (p.has('organisation')) {
        // organisationField names its problems on "organisation": here the column is the parent's.
        const at = p.list.findIndex((x) => x.field === 'organisation');
        p.list[at] = { ...p.list[at], field: 'parent' };
      }
      return {
        kind: kind ?? null,
        parentId: parent?.id ?? null,
        contactName: textField(p, 'contactName', v.contactName, 30),
        ...contact(p, v, true),
        address: textField(p, 'address', v.address, 200),
      };
    },
  },
  TEAM: {
    title: '志愿者队伍导入模板',
    entity: VolunteerTeam,
    table: 'volunteer_team',
    recordType: 'VolunteerTeam',
    created: 'IMPORT_CREATE_TEAM',
    updated: 'IMPORT_UPDATE_TEAM',
    compared: ['organisationId'],
    placed: true,
    columns: (lookups) => [
      nameColumn('队伍'),
      ...place(lookups),
      {
        key: 'organisation',
        header: '所属组织',
        headerEn: 'Organisation',
        width: 24,
        note: '组织全称；组织管理员可不填（即本组织）',
      },
    ],
    instructions: [
      '每行一支志愿者队伍；带 * 的列必填。名称加所在地区是唯一标识，同一文件中不得重复。',
      '同一地区已有同名队伍的，按本表更新所属组织；没有的新建。',
      '只能导入您有权管理的队伍：区县管理员限本区县，组织管理员限本组织。',
    ],
    fields: () => ({}),
  },
  STATION: {
    title: '服务站导入模板',
    entity: ServiceStation,
    table: 'service_station',
    recordType: 'ServiceStation',
    created: 'IMPORT_CREATE_STATION',
    updated: 'IMPORT_UPDATE_STATION',
    compared: ['organisationId', 'address', 'openingHours', 'contactName', 'contactPhone'],
    community: true,
    placed: true,
    columns: (lookups) => [
      nameColumn('服务站'),
      ...place(lookups).map((c) => ({ ...c, required: true })),
      { key: 'organisation', header: '运营组织', headerEn: 'Organisation', width: 24, note: '组织全称，可不填' },
      { key: 'address', header: '地址', headerEn: 'Address', required: true, width: 30, note: '至多 200 字' },
      {
        key: 'openingHours',
        header: '开放时间',
        headerEn: 'Opening hours',
        required: true,
        note: '如 周一至周五 9:00–17:00',
      },
      { key: 'contactName', header: '联系人', headerEn: 'Contact', required: true, note: '至多 30 字' },
      { key: 'contactPhone', header: '联系电话', headerEn: 'Phone', required: true, text: true, note: '手机或座机' },
    ],
    instructions: [
      '每行一个服务站；带 * 的列必填；服务站设在社区/村，须填到社区/村一级。',
      '同一社区已有同名服务站的，按本表更新运营组织、地址、开放时间与联系人；没有的新建。服务类型请在平台内设置。',
      '只能导入您有权管理的服务站：区县管理员限本区县，组织管理员限本组织。',
    ],
    fields(v, p) {
      const phone = contact(p, v, false).contactPhone;
      if (!phone && !p.has('contactPhone')) p.add('contactPhone', 'required');
      return {
        address: textField(p, 'address', v.address, 200, true),
        openingHours: textField(p, 'openingHours', v.openingHours, 100, true),
        contactName: textField(p, 'contactName', v.contactName, 30, true),
        contactPhone: phone,
      };
    },
  },
};

interface OnFile {
  id: string;
  name: string;
  regionId: string;
  may: boolean;
  [field: string]: unknown;
}

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const keyOf = (name: string, regionId: string) => `${regionId}/${name}`;

async function onFile(ctx: Context, m: EntityManager, kind: Kind, rows: RegistryRow[], lock: boolean) {
  if (!rows.length) return new Map<string, OnFile>();
  const entity = kind.entity.name;
  const may = ctx.scope.writePredicate(entity, 't', Permission.MANAGE_REGISTRY) ?? 'TRUE';
  const cols = kind.compared.map((k) => `t.${snake(k)}${k.endsWith('Id') ? '::text' : ''} AS "${k}"`).join(', ');
  const found = await m.query<OnFile[]>(
    `SELECT t.id::text, t.name, t.region_id::text AS "regionId", ${cols}, (${may}) AS may
       FROM ${kind.table} t
      WHERE (t.name, t.region_id) IN (SELECT * FROM unnest($1::text[], $2::bigint[]))
      ORDER BY t.id${lock ? ' FOR UPDATE OF t' : ''}`,
    [rows.map((r) => r.name), rows.map((r) => r.regionId)],
  );
  const map = new Map<string, OnFile>();
  for (const f of found) if (!map.has(keyOf(f.name, f.regionId))) map.set(keyOf(f.name, f.regionId), f);
  return map;
}

const same = (kind: Kind, a: Record<string, unknown>, b: Record<string, unknown>) =>
  kind.compared.every((k) => (a[k] ?? null) === (b[k] ?? null));

/** The column a refused placement is named on: the district for a region admin, else the organisation. */
function placementColumn(ctx: Context, kind: Kind): string {
  if (!kind.placed) return 'district';
  return rolesFor(ctx, Permission.MANAGE_REGISTRY).some((g) => g.role === Role.REGION_ADMIN)
    ? 'district'
    : 'organisation';
}

const audit = new AuditService();

function handler(kind: Kind): ImportHandler<RegistryRow> {
  return {
    title: kind.title,
    permission: Permission.MANAGE_REGISTRY,
    columns: (lookups) => kind.columns(lookups),
    instructions: [
      ...kind.instructions,
      '上传后先试运行检查每一行，确认无误后再导入；同一文件重复导入不会产生任何变化。',
    ],

    async check(ctx, rows, lookups) {
      const suspended = new Set(
        (
          await ctx.db.query<Array<{ id: string }>>(`SELECT id::text FROM organisation WHERE status <> $1`, [
            RegistryStatus.ACTIVE,
          ])
        ).map((r) => r.id),
      );
      const seen = new Map<string, number>();
      const outcomes: Array<RowOutcome<RegistryRow>> = rows.map((raw) =>
        checkRow(ctx, kind, raw, lookups, seen, suspended),
      );
      // Against the database: an entry on file is updated only if it is the importer's to change;
      // a new one only where the importer may place it.
      const valid = outcomes.flatMap((o) => (o.value ? [o.value] : []));
      const existing = await onFile(ctx, ctx.db.manager, kind, valid, false);
      for (const o of outcomes) {
        if (!o.value) continue;
        const found = existing.get(keyOf(o.value.name, o.value.regionId));
        const organisationId = kind.placed ? o.value.fields.organisationId : undefined;
        const placeOk = mayPlace(ctx, Permission.MANAGE_REGISTRY, {
          regionPath: o.value.regionPath,
          organisationId: organisationId ?? undefined,
        });
        let problem: { column: string } | null = null;
        if (found && !found.may) problem = { column: 'name' };
        else if (!found && !placeOk) problem = { column: placementColumn(ctx, kind) };
        else if (found && kind.placed && !placeOk) problem = { column: placementColumn(ctx, kind) };
        if (problem) {
          o.problems.push({ row: o.row, column: problem.column, key: 'outsideScope' });
          o.value = null;
        }
      }
      return outcomes;
    },

    async apply(ctx, m, rows) {
      const existing = await onFile(ctx, m, kind, rows, true);
      const created: RegistryRow[] = [];
      const updated: Array<{ row: RegistryRow; before: OnFile }> = [];
      let refused = 0;
      for (const r of rows) {
        const before = existing.get(keyOf(r.name, r.regionId));
        if (!before) created.push(r);
        else if (!before.may) refused++;
        else if (!same(kind, r.fields, before)) updated.push({ row: r, before });
      }
      const entries: AuditEntry[] = [];
      if (created.length) {
        const res = await m.insert(
          kind.entity,
          created.map((r) => ({ name: r.name, regionId: r.regionId, ...r.fields })),
        );
        created.forEach((r, i) =>
          entries.push({
            action: kind.created,
            recordType: kind.recordType,
            recordId: String((res.identifiers[i] as { id: string }).id),
            after: { name: r.name, regionId: r.regionId, ...r.fields },
            regionId: r.regionId,
          }),
        );
      }
      for (const { row, before } of updated) {
        const keys = kind.compared.filter((k) => (row.fields[k] ?? null) !== (before[k] ?? null));
        await m.update(
          kind.entity,
          { id: before.id },
          {
            ...Object.fromEntries(keys.map((k) => [k, row.fields[k]])),
          },
        );
        entries.push(changeEntry(kind.updated, kind.recordType, before.id, keys, before, row.fields, row.regionId));
      }
      await audit.writeMany(ctx, m, entries);
      return batchCounts(rows.length, created.length, updated.length, refused);
    },
  };
}

/** Every check of one row that needs no database beyond the lookups. */
function checkRow(
  ctx: Context,
  kind: Kind,
  raw: RawRow,
  lookups: Lookups,
  seen: Map<string, number>,
  suspended: Set<string>,
): RowOutcome<RegistryRow> {
  const v = raw.values;
  const p = new Problems();
  const name = textField(p, 'name', v.name, 60, true);
  // Blank district, subdistrict and community: the city itself (a city-level organisation or team).
  const cities = [...lookups.regions.values()].filter((r) => r.level === 'CITY');
  const region =
    lookups.region((v.district ?? '').trim(), (v.subdistrict ?? '').trim(), (v.community ?? '').trim()) ??
    (cities.length === 1 ? { row: cities[0] } : null);
  if (!region) p.add('district', 'required');
  else if ('key' in region) p.add(region.column, region.key);
  const at = region && 'row' in region ? region.row : null;
  if (at && kind.community && at.level !== 'COMMUNITY') {
    p.add(v.subdistrict?.trim() ? 'community' : 'subdistrict', 'required');
  }
  const within = at ? at.path.split('/').slice(0, 3).join('/') + '/' : undefined;
  const fields = kind.fields(v, p, lookups, within);
  if (kind.placed) {
    let org: NamedRow | null = null;
    if (v.organisation?.trim()) org = organisationField(p, lookups, v.organisation, within);
    const organisationId = org?.id ?? (v.organisation?.trim() ? null : ownOrganisationId(ctx));
    if (organisationId && suspended.has(organisationId)) p.add('organisation', 'registrySuspended');
    fields.organisationId = organisationId;
  }
  if (typeof fields.parentId === 'string' && suspended.has(fields.parentId)) p.add('parent', 'registrySuspended');
  if (name && at) notSeenBefore(p, seen, 'name', keyOf(name, at.id), raw.row);
  return outcome(raw.row, p, () => ({
    row: raw.row,
    name: name!,
    regionId: at!.id,
    regionPath: at!.path,
    fields,
  }));
}

export const organisationImport = handler(KINDS.ORGANISATION);
export const teamImport = handler(KINDS.TEAM);
export const stationImport = handler(KINDS.STATION);
