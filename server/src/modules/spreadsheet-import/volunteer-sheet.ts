// The volunteer roster as a spreadsheet: its columns, the checks of each row (the API's own, from
// volunteer.rules.ts and the write policy) and how a batch of checked rows is written. The natural
// key is the identity number: a row whose number is on file updates that volunteer, else creates one.
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { mayPlace, rolesFor } from '../../auth/write-policy';
import { Role } from '../../auth/permissions';
import { Problems } from '../../common/errors';
import { birthDateFromIdentity, genderFromIdentity } from '../../common/identity';
import { bucketLabel } from '../dashboard/labels';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { VolunteerCategory } from '../volunteer/volunteer.entity';
import { checkPersonFields, cleanSkills } from '../volunteer/volunteer.rules';
import type { Lookups } from './lookups';
import type { RawRow, SheetColumn } from './sheet';
import {
  batchCounts,
  changeEntry,
  notSeenBefore,
  outcome,
  type ImportHandler,
  type RowOutcome,
} from './import-handler';

const YES = new Set(['是', 'y', 'yes', 'true', '1', '已投保']);
const NO = new Set(['', '否', 'n', 'no', 'false', '0', '未投保']);
const CATEGORY_BY_TEXT = new Map<string, VolunteerCategory>(
  Object.values(VolunteerCategory).flatMap((c) => [
    [c, c],
    [bucketLabel('enum', c, 'zh-CN'), c],
  ]),
);

/** A checked row, ready to write. */
export interface VolunteerRow {
  row: number;
  realName: string;
  idNumber: string;
  phone: string;
  category: VolunteerCategory;
  /** Skills on the city's list, by id (ascending). */
  skillIds: string[];
  /** At most one skill not on the list, as written. */
  otherSkill: string | null;
  organisationId: string | null;
  teamId: string | null;
  stationId: string | null;
  homeRegionId: string;
  insured: boolean;
}

/** The fields an import sets, compared with the record on file to tell an update from no change. */
const COMPARED = [
  'realName',
  'phone',
  'category',
  'skillIds',
  'otherSkill',
  'organisationId',
  'teamId',
  'stationId',
  'homeRegionId',
  'insured',
] as const;
type Compared = Pick<VolunteerRow, (typeof COMPARED)[number]>;

function columns(lookups: Lookups): SheetColumn[] {
  return [
    { key: 'realName', header: '姓名', headerEn: 'Name', required: true, note: '2–30 个字' },
    {
      key: 'idNumber',
      header: '身份证号',
      headerEn: 'Identity number',
      required: true,
      text: true,
      width: 22,
      note: '18 位居民身份证号码（末位可为 X），用作唯一标识：已登记的号码将更新该志愿者',
    },
    { key: 'phone', header: '手机号码', headerEn: 'Mobile', required: true, text: true, note: '11 位手机号码' },
    {
      key: 'category',
      header: '人员类别',
      headerEn: 'Category',
      required: true,
      list: Object.values(VolunteerCategory).map((c) => bucketLabel('enum', c, 'zh-CN')),
      note: '从下拉列表中选择',
    },
    {
      key: 'skills',
      header: '技能特长',
      headerEn: 'Skills',
      note: '填本市技能列表中的名称，多项用顿号（、）或逗号分隔；列表中没有的至多填一项，不超过 30 字',
    },
    {
      key: 'district',
      header: '区县',
      headerEn: 'District',
      list: lookups.districts.map((d) => d.name),
      note: '居住或登记地所在区县（从下拉列表中选择）；不填时取服务站或组织所在地',
    },
    { key: 'subdistrict', header: '街道/乡镇', headerEn: 'Subdistrict', note: '须属于所填区县' },
    { key: 'community', header: '社区/村', headerEn: 'Community', note: '须属于所填街道/乡镇' },
    { key: 'organisation', header: '所属组织', headerEn: 'Organisation', width: 24, note: '组织全称' },
    { key: 'team', header: '志愿者队伍', headerEn: 'Team', width: 24, note: '队伍全称' },
    { key: 'station', header: '服务站', headerEn: 'Station', width: 24, note: '服务站全称' },
    { key: 'insured', header: '已投保', headerEn: 'Insured', list: ['是', '否'], note: '是否已参加志愿者意外保险' },
  ];
}

const same = (a: Compared, b: Compared) =>
  COMPARED.every((k) => (k === 'skillIds' ? a.skillIds.join(',') === b.skillIds.join(',') : a[k] === b[k]));

/** The placement the importer's role must cover, on the column that decides it. */
function placementColumn(ctx: Context): string {
  return rolesFor(ctx, Permission.MANAGE_VOLUNTEERS).some((g) => g.role === Role.REGION_ADMIN)
    ? 'district'
    : 'organisation';
}

interface OnFile extends Compared {
  id: string;
  idNumber: string;
  may: boolean;
}

const ON_FILE = `SELECT v.id::text, v.id_number AS "idNumber", v.real_name AS "realName", v.phone, v.category,
         ARRAY(SELECT s::text FROM unnest(v.skill_ids) AS s ORDER BY s) AS "skillIds", v.other_skill AS "otherSkill",
         v.organisation_id::text AS "organisationId", v.team_id::text AS "teamId", v.station_id::text AS "stationId",
         v.home_region_id::text AS "homeRegionId", v.insured`;

async function onFile(
  ctx: Context,
  m: EntityManager,
  idNumbers: string[],
  lock: boolean,
): Promise<Map<string, OnFile>> {
  if (!idNumbers.length) return new Map();
  const may = ctx.scope.writePredicate('Volunteer', 'v', Permission.MANAGE_VOLUNTEERS) ?? 'TRUE';
  const rows = await m.query<OnFile[]>(
    `${ON_FILE}, (${may}) AS may FROM volunteer v WHERE v.id_number = ANY($1)${lock ? ' FOR UPDATE OF v' : ''}`,
    [idNumbers],
  );
  return new Map(rows.map((r) => [r.idNumber, r]));
}

const audit = new AuditService();

export const volunteerImport: ImportHandler<VolunteerRow> = {
  title: '志愿者导入模板',
  permission: Permission.MANAGE_VOLUNTEERS,
  columns,
  instructions: [
    '每行一名志愿者；带 * 的列必填。身份证号相同的行视为同一人，同一文件中不得重复。',
    '身份证号已登记的，按本表更新姓名、手机、类别、技能、所属组织/队伍/服务站、地区与投保情况；未登记的新建为“在册”志愿者。',
    '只能导入您有权管理的志愿者：区县管理员限本区县，组织管理员限本组织。',
    '上传后先试运行检查每一行，确认无误后再导入；同一文件重复导入不会产生任何变化。',
  ],

  async check(ctx, rows, lookups) {
    const problems: RowOutcome<VolunteerRow>[] = [];
    const seen = new Map<string, number>();
    for (const raw of rows) problems.push(checkRow(ctx, raw, lookups, seen));
    // Against the database: a number on file is an update, unless the record is not the importer's to change.
    const ids = problems.flatMap((o) => (o.value ? [o.value.idNumber] : []));
    const existing = await onFile(ctx, ctx.db.manager, ids, false);
    for (const o of problems) {
      const found = o.value && existing.get(o.value.idNumber);
      if (found && !found.may) {
        o.problems.push({ row: o.row, column: 'idNumber', key: 'identityTaken' });
        o.value = null;
      }
    }
    return problems;
  },

  async apply(ctx, m, rows) {
    const existing = await onFile(
      ctx,
      m,
      rows.map((r) => r.idNumber),
      true,
    );
    const created: VolunteerRow[] = [];
    const updated: Array<{ row: VolunteerRow; before: OnFile }> = [];
    let refused = 0;
    for (const r of rows) {
      const before = existing.get(r.idNumber);
      if (!before) created.push(r);
      else if (!before.may)
        refused++; // moved out of the importer's reach since the dry run
      else if (!same(r, before)) updated.push({ row: r, before });
    }
    const entries: AuditEntry[] = [];
    if (created.length) {
      const now = ctx.now();
      const ids = await m.query<Array<{ id: string; idNumber: string }>>(
        `INSERT INTO volunteer (real_name, id_number, gender, birth_date, phone, category, skill_ids, other_skill, status,
                                organisation_id, team_id, station_id, home_region_id, insured, registered_at)
         SELECT x."realName", x."idNumber", x.gender::gender, x."birthDate"::date, x.phone,
                x.category::volunteer_category, x."skillIds", x."otherSkill", 'ACTIVE', x."organisationId", x."teamId", x."stationId",
                x."homeRegionId", x.insured, $2
           FROM jsonb_to_recordset($1::jsonb) AS x("realName" text, "idNumber" text, gender text, "birthDate" text,
                phone text, category text, "skillIds" bigint[], "otherSkill" text, "organisationId" bigint, "teamId" bigint, "stationId" bigint,
                "homeRegionId" bigint, insured boolean)
         RETURNING id::text, id_number AS "idNumber"`,
        [
          JSON.stringify(
            created.map((r) => ({
              ...r,
              gender: genderFromIdentity(r.idNumber),
              birthDate: birthDateFromIdentity(r.idNumber),
            })),
          ),
          now,
        ],
      );
      const idOf = new Map(ids.map((x) => [x.idNumber, x.id]));
      for (const { row: _row, ...after } of created)
        entries.push({
          action: 'IMPORT_CREATE_VOLUNTEER',
          recordType: 'Volunteer',
          recordId: idOf.get(after.idNumber),
          after: { ...after, status: 'ACTIVE' },
          regionId: after.homeRegionId,
        });
    }
    if (updated.length) {
      await m.query(
        `UPDATE volunteer v SET real_name = x."realName", phone = x.phone, category = x.category::volunteer_category,
                skill_ids = x."skillIds", other_skill = x."otherSkill", organisation_id = x."organisationId", team_id = x."teamId", station_id = x."stationId",
                home_region_id = x."homeRegionId", insured = x.insured, version = v.version + 1, updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS x(id bigint, "realName" text, phone text, category text, "skillIds" bigint[],
                "otherSkill" text, "organisationId" bigint, "teamId" bigint, "stationId" bigint, "homeRegionId" bigint, insured boolean)
          WHERE v.id = x.id`,
        [JSON.stringify(updated.map(({ row, before }) => ({ ...row, id: before.id })))],
      );
      for (const { row, before } of updated) {
        const keys = COMPARED.filter((k) => !same({ ...before, [k]: row[k] }, before));
        entries.push(
          changeEntry('IMPORT_UPDATE_VOLUNTEER', 'Volunteer', before.id, keys, before, row, row.homeRegionId),
        );
      }
    }
    await audit.writeMany(ctx, m, entries);
    return batchCounts(rows.length, created.length, updated.length, refused);
  },
};

/** Every check of one row that needs no database: the API's field rules, the region tree, names, scope. */
function checkRow(ctx: Context, raw: RawRow, lookups: Lookups, seen: Map<string, number>): RowOutcome<VolunteerRow> {
  const v = raw.values;
  const p = new Problems();
  const person = checkPersonFields(p, {
    realName: v.realName ?? '',
    idNumber: v.idNumber ?? '',
    phone: v.phone ?? '',
  });
  const category = CATEGORY_BY_TEXT.get(v.category ?? '');
  if (!v.category) p.add('category', 'required');
  else if (!category) p.add('category', 'valueNotInList');
  const skillNames = cleanSkills((v.skills ?? '').split(/[、,，;；]/));
  if (skillNames.length > 20) p.add('skills', 'outOfRange', { min: 0, max: 20 });
  const insuredText = (v.insured ?? '').toLowerCase();
  if (!YES.has(insuredText) && !NO.has(insuredText)) p.add('insured', 'valueNotInList');

  const region = lookups.region(v.district ?? '', v.subdistrict ?? '', v.community ?? '');
  if (region && 'key' in region) p.add(region.column, region.key);
  const within = region && 'row' in region ? region.row.path.split('/').slice(0, 3).join('/') + '/' : undefined;
  const place = (r: ReturnType<Lookups['team']>) => {
    if (r && 'key' in r) p.add(r.column, r.key);
    return r && 'row' in r ? r.row : null;
  };
  const org = place(lookups.organisation(v.organisation ?? '', within));
  const team = place(lookups.team(v.team ?? '', within));
  const station = place(lookups.station(v.station ?? '', within));
  const home = region && 'row' in region ? region.row : null;
  const homeRegionId = home?.id ?? station?.regionId ?? org?.regionId ?? null;
  if (!homeRegionId && !p.list.length) p.add('district', 'affiliationRequired');
  const skills = homeRegionId ? checkSkills(p, lookups, homeRegionId, skillNames) : { skillIds: [], otherSkill: null };

  // Scope, as updateVolunteer asks it: each place named must be one the importer may put volunteers,
  // and the record itself must land inside what the importer manages.
  const may = (at: Parameters<typeof mayPlace>[2]) => mayPlace(ctx, Permission.MANAGE_VOLUNTEERS, at);
  if (org && !may({ organisationId: org.id, regionPath: org.regionPath })) p.add('organisation', 'outsideScope');
  if (team && !may({ organisationId: team.organisationId, regionPath: team.regionPath })) p.add('team', 'outsideScope');
  if (
    station &&
    !may({ organisationId: station.organisationId, stationId: station.id, regionPath: station.regionPath })
  )
    p.add('station', 'outsideScope');
  if (homeRegionId && !p.list.length) {
    const path = lookups.regions.get(homeRegionId)?.path ?? null;
    if (!may({ organisationId: org?.id ?? null, stationId: station?.id ?? null, regionPath: path }))
      p.add(placementColumn(ctx), 'outsideScope');
  }

  notSeenBefore(p, seen, 'idNumber', person.idNumber, raw.row);
  return outcome(raw.row, p, () => ({
    row: raw.row,
    ...person,
    category: category!,
    ...skills,
    organisationId: org?.id ?? null,
    teamId: team?.id ?? null,
    stationId: station?.id ?? null,
    homeRegionId: homeRegionId!,
    insured: YES.has(insuredText),
  }));
}

/**
 * The names on the home city's skill list become ids; one name not on it is kept as the other skill
 * (as a volunteer may write one in), more than one is a problem of the cell.
 */
function checkSkills(p: Problems, lookups: Lookups, homeRegionId: string, names: string[]) {
  const ids = new Set<string>();
  const others: string[] = [];
  for (const name of names) {
    const id = lookups.skill(homeRegionId, name);
    if (id) ids.add(id);
    else others.push(name);
  }
  if (others.length > 1) p.add('skills', 'valueNotInList');
  else if (others[0] && others[0].length > 30) p.add('skills', 'tooLong', { max: 30 });
  return {
    skillIds: [...ids].sort((a, b) => Number(a) - Number(b)),
    otherSkill: others[0] ?? null,
  };
}
