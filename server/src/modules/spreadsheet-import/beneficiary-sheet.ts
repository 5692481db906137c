// Beneficiaries and their households as a spreadsheet. The natural key is the identity number (the
// certificate number must agree and be nobody else's); a household is the one of that head's name at
// that address in that community, found or created, shared by the rows that name it.
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { mayPlace } from '../../auth/write-policy';
import { Problems } from '../../common/errors';
import { birthDateFromIdentity, genderFromIdentity } from '../../common/identity';
import { bucketLabel } from '../dashboard/labels';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { DisabilityCategory } from '../beneficiary/beneficiary.entity';
import { checkBeneficiaryPerson } from '../beneficiary/beneficiary.rules';
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

const CATEGORY_BY_TEXT = new Map<string, DisabilityCategory>(
  Object.values(DisabilityCategory).flatMap((c) => [
    [c, c],
    [bucketLabel('enum', c, 'zh-CN'), c],
    [bucketLabel('enum', c, 'zh-CN').replace('残疾', ''), c],
  ]),
);
const GRADES = ['一级', '二级', '三级', '四级'];
const gradeOf = (text: string) => {
  const i = GRADES.indexOf(text);
  return i >= 0 ? i + 1 : /^[1-4]$/.test(text) ? Number(text) : null;
};

export interface BeneficiaryRow {
  row: number;
  realName: string;
  idNumber: string;
  certificateNumber: string;
  disabilityCategory: DisabilityCategory;
  disabilityGrade: number;
  regionId: string;
  stationId: string | null;
  phone: string | null;
  address: string | null;
  household: { headName: string; size: number; address: string } | null;
}

const COMPARED = [
  'realName',
  'certificateNumber',
  'disabilityCategory',
  'disabilityGrade',
  'regionId',
  'stationId',
  'householdId',
  'phone',
  'address',
] as const;
type Stored = Omit<BeneficiaryRow, 'row' | 'household' | 'idNumber'> & { householdId: string | null };

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
      note: '18 位居民身份证号码，用作唯一标识：已登记的号码将更新该残疾人',
    },
    {
      key: 'disabilityCategory',
      header: '残疾类别',
      headerEn: 'Disability category',
      required: true,
      list: Object.values(DisabilityCategory).map((c) => bucketLabel('enum', c, 'zh-CN')),
      note: '从下拉列表中选择',
    },
    {
      key: 'disabilityGrade',
      header: '残疾等级',
      headerEn: 'Grade',
      required: true,
      list: GRADES,
      note: '一级最重',
    },
    {
      key: 'certificateNumber',
      header: '残疾人证号',
      headerEn: 'Certificate number',
      required: true,
      text: true,
      width: 24,
      note: '第二代残疾人证号：身份证号 + 类别数字 + 等级数字，共 20 位',
    },
    {
      key: 'district',
      header: '区县',
      headerEn: 'District',
      required: true,
      list: lookups.districts.map((d) => d.name),
      note: '户籍或居住地所在区县',
    },
    { key: 'subdistrict', header: '街道/乡镇', headerEn: 'Subdistrict', note: '须属于所填区县' },
    { key: 'community', header: '社区/村', headerEn: 'Community', note: '须属于所填街道/乡镇' },
    { key: 'station', header: '服务站', headerEn: 'Station', width: 24, note: '服务站全称（可不填）' },
    { key: 'phone', header: '手机号码', headerEn: 'Mobile', text: true, note: '11 位手机号码（可不填）' },
    { key: 'address', header: '住址', headerEn: 'Address', width: 30, note: '可不填；填写户主时为家庭住址' },
    {
      key: 'householdHead',
      header: '户主姓名',
      headerEn: 'Head of household',
      note: '同一户主、同一住址的各行属于同一家庭',
    },
    { key: 'householdSize', header: '家庭人口', headerEn: 'Household size', note: '1–20；不填为 1' },
  ];
}

interface OnFile extends Stored {
  id: string;
  idNumber: string;
  may: boolean;
}

async function onFile(ctx: Context, m: EntityManager, rows: BeneficiaryRow[], lock: boolean) {
  if (!rows.length) return { byId: new Map<string, OnFile>(), certOwner: new Map<string, string>() };
  const may = ctx.scope.writePredicate('Beneficiary', 'b', Permission.MANAGE_BENEFICIARIES) ?? 'TRUE';
  const found = await m.query<OnFile[]>(
    `SELECT b.id::text, b.id_number AS "idNumber", b.real_name AS "realName", b.certificate_number AS "certificateNumber",
            b.disability_category AS "disabilityCategory", b.disability_grade AS "disabilityGrade",
            b.region_id::text AS "regionId", b.station_id::text AS "stationId", b.household_id::text AS "householdId",
            b.phone, b.address, (${may}) AS may
       FROM beneficiary b WHERE b.id_number = ANY($1) OR b.certificate_number = ANY($2)${lock ? ' FOR UPDATE OF b' : ''}`,
    [rows.map((r) => r.idNumber), rows.map((r) => r.certificateNumber)],
  );
  return {
    byId: new Map(found.map((r) => [r.idNumber, r])),
    certOwner: new Map(found.map((r) => [r.certificateNumber, r.idNumber])),
  };
}

const householdKey = (regionId: string, h: { headName: string; address: string }) =>
  `${regionId}\u0000${h.headName}\u0000${h.address}`;

/** The households the rows name: those on file found, the others created (one audit entry each). */
async function households(m: EntityManager, rows: BeneficiaryRow[], entries: AuditEntry[]) {
  const wanted = new Map<
    string,
    { regionId: string; headName: string; size: number; address: string; phone: string | null }
  >();
  for (const r of rows)
    if (r.household)
      wanted.set(householdKey(r.regionId, r.household), { regionId: r.regionId, ...r.household, phone: r.phone });
  const ids = new Map<string, string>();
  if (!wanted.size) return ids;
  const list = [...wanted.values()];
  const found = await m.query<Array<{ id: string; regionId: string; headName: string; address: string }>>(
    `SELECT h.id::text, h.region_id::text AS "regionId", h.head_name AS "headName", h.address
       FROM household h JOIN jsonb_to_recordset($1::jsonb) AS x("regionId" bigint, "headName" text, address text)
         ON h.region_id = x."regionId" AND h.head_name = x."headName" AND h.address = x.address`,
    [JSON.stringify(list)],
  );
  for (const h of found) ids.set(householdKey(h.regionId, h), h.id);
  const missing = list.filter((h) => !ids.has(householdKey(h.regionId, h)));
  if (missing.length) {
    const made = await m.query<Array<{ id: string; regionId: string; headName: string; address: string }>>(
      `INSERT INTO household (head_name, size, region_id, address, phone)
       SELECT x."headName", x.size, x."regionId", x.address, x.phone
         FROM jsonb_to_recordset($1::jsonb) AS x("headName" text, size smallint, "regionId" bigint, address text, phone text)
       RETURNING id::text, region_id::text AS "regionId", head_name AS "headName", address`,
      [JSON.stringify(missing)],
    );
    for (const h of made) {
      ids.set(householdKey(h.regionId, h), h.id);
      const source = wanted.get(householdKey(h.regionId, h))!;
      entries.push({
        action: 'IMPORT_CREATE_HOUSEHOLD',
        recordType: 'Household',
        recordId: h.id,
        after: source,
        regionId: h.regionId,
      });
    }
  }
  return ids;
}

const audit = new AuditService();

export const beneficiaryImport: ImportHandler<BeneficiaryRow> = {
  title: '残疾人导入模板',
  permission: Permission.MANAGE_BENEFICIARIES,
  columns,
  instructions: [
    '每行一名残疾人；带 * 的列必填。身份证号相同的行视为同一人，同一文件中不得重复。',
    '残疾人证号须与身份证号、残疾类别和等级一致；已登记的身份证号按本表更新。',
    '填写户主姓名时，同一户主、同一社区、同一住址的各行归入同一家庭（已有的家庭沿用，没有的新建）。',
    '只能导入您有权管理的残疾人：区县管理员限本区县，服务站协调员限本服务站。',
  ],

  async check(ctx, rows, lookups) {
    const seen = new Map<string, number>();
    const seenCert = new Map<string, number>();
    const outcomes = rows.map((raw) => checkRow(ctx, raw, lookups, seen, seenCert));
    const valid = outcomes.flatMap((o) => (o.value ? [o.value] : []));
    const { byId, certOwner } = await onFile(ctx, ctx.db.manager, valid, false);
    for (const o of outcomes) {
      if (!o.value) continue;
      const found = byId.get(o.value.idNumber);
      const owner = certOwner.get(o.value.certificateNumber);
      if (found && !found.may) o.problems.push({ row: o.row, column: 'idNumber', key: 'identityTaken' });
      else if (owner && owner !== o.value.idNumber)
        o.problems.push({ row: o.row, column: 'certificateNumber', key: 'certificateTaken' });
      if (o.problems.length) o.value = null;
    }
    return outcomes;
  },

  async apply(ctx, m, rows) {
    const { byId } = await onFile(ctx, m, rows, true);
    const entries: AuditEntry[] = [];
    const householdIds = await households(m, rows, entries);
    const stored = (r: BeneficiaryRow): Stored => {
      const { row: _row, household, idNumber: _id, ...rest } = r;
      return { ...rest, householdId: household ? householdIds.get(householdKey(r.regionId, household))! : null };
    };
    const created: BeneficiaryRow[] = [];
    const updated: Array<{ row: BeneficiaryRow; before: OnFile; after: Stored }> = [];
    let refused = 0;
    for (const r of rows) {
      const before = byId.get(r.idNumber);
      const after = stored(r);
      if (!before) created.push(r);
      else if (!before.may) refused++;
      else if (COMPARED.some((k) => String(before[k]) !== String(after[k]))) updated.push({ row: r, before, after });
    }
    if (created.length) {
      const made = await m.query<Array<{ id: string; idNumber: string }>>(
        `INSERT INTO beneficiary (real_name, id_number, gender, birth_date, disability_category, disability_grade,
                                  certificate_number, region_id, station_id, household_id, phone, address)
         SELECT x."realName", x."idNumber", x.gender::gender, x."birthDate"::date, x."disabilityCategory"::disability_category,
                x."disabilityGrade", x."certificateNumber", x."regionId", x."stationId", x."householdId", x.phone, x.address
           FROM jsonb_to_recordset($1::jsonb) AS x("realName" text, "idNumber" text, gender text, "birthDate" text,
                "disabilityCategory" text, "disabilityGrade" smallint, "certificateNumber" text, "regionId" bigint,
                "stationId" bigint, "householdId" bigint, phone text, address text)
         RETURNING id::text, id_number AS "idNumber"`,
        [
          JSON.stringify(
            created.map((r) => ({
              ...stored(r),
              idNumber: r.idNumber,
              gender: genderFromIdentity(r.idNumber),
              birthDate: birthDateFromIdentity(r.idNumber),
            })),
          ),
        ],
      );
      const idOf = new Map(made.map((x) => [x.idNumber, x.id]));
      for (const r of created)
        entries.push({
          action: 'IMPORT_CREATE_BENEFICIARY',
          recordType: 'Beneficiary',
          recordId: idOf.get(r.idNumber),
          after: { idNumber: r.idNumber, ...stored(r) },
          regionId: r.regionId,
        });
    }
    if (updated.length) {
      await m.query(
        `UPDATE beneficiary b SET real_name = x."realName", certificate_number = x."certificateNumber",
                disability_category = x."disabilityCategory"::disability_category, disability_grade = x."disabilityGrade",
                region_id = x."regionId", station_id = x."stationId", household_id = x."householdId", phone = x.phone,
                address = x.address, version = b.version + 1, updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS x(id bigint, "realName" text, "certificateNumber" text,
                "disabilityCategory" text, "disabilityGrade" smallint, "regionId" bigint, "stationId" bigint,
                "householdId" bigint, phone text, address text)
          WHERE b.id = x.id`,
        [JSON.stringify(updated.map(({ before, after }) => ({ ...after, id: before.id })))],
      );
      for (const { before, after } of updated) {
        const keys = COMPARED.filter((k) => String(before[k]) !== String(after[k]));
        entries.push(
          changeEntry('IMPORT_UPDATE_BENEFICIARY', 'Beneficiary', before.id, keys, before, after, after.regionId),
        );
      }
    }
    await audit.writeMany(ctx, m, entries);
    return batchCounts(rows.length, created.length, updated.length, refused);
  },
};

function checkRow(
  ctx: Context,
  raw: RawRow,
  lookups: Lookups,
  seen: Map<string, number>,
  seenCert: Map<string, number>,
): RowOutcome<BeneficiaryRow> {
  const v = raw.values;
  const p = new Problems();
  const category = CATEGORY_BY_TEXT.get(v.disabilityCategory ?? '');
  const grade = gradeOf(v.disabilityGrade ?? '');
  if (!v.disabilityCategory) p.add('disabilityCategory', 'required');
  else if (!category) p.add('disabilityCategory', 'valueNotInList');
  if (!v.disabilityGrade) p.add('disabilityGrade', 'required');
  else if (!grade) p.add('disabilityGrade', 'valueNotInList');
  const person = checkBeneficiaryPerson(
    p,
    {
      realName: v.realName ?? '',
      idNumber: v.idNumber ?? '',
      certificateNumber: v.certificateNumber ?? '',
      // Without a category or grade the certificate's agreement cannot be judged: those cells say why.
      disabilityCategory: category ?? DisabilityCategory.MULTIPLE,
      disabilityGrade: grade ?? 0,
      phone: v.phone,
    },
    (f) => f,
  );
  if (!category || !grade) p.list.splice(0, p.list.length, ...p.list.filter((x) => x.key !== 'certificateMismatch'));

  const region = lookups.region(v.district ?? '', v.subdistrict ?? '', v.community ?? '');
  if (!region) p.add('district', 'required');
  else if ('key' in region) p.add(region.column, region.key);
  const home = region && 'row' in region ? region.row : null;
  const within = home ? home.path.split('/').slice(0, 3).join('/') + '/' : undefined;
  const stationHit = lookups.station(v.station ?? '', within);
  if (stationHit && 'key' in stationHit) p.add(stationHit.column, stationHit.key);
  const station = stationHit && 'row' in stationHit ? stationHit.row : null;
  if (
    home &&
    !mayPlace(ctx, Permission.MANAGE_BENEFICIARIES, { regionPath: home.path, stationId: station?.id ?? null })
  )
    p.add(station ? 'station' : 'district', 'outsideScope');

  const address = (v.address ?? '').trim() || null;
  const head = (v.householdHead ?? '').trim();
  const size = v.householdSize ? Number(v.householdSize) : 1;
  if (head) {
    p.check(head.length < 2, 'householdHead', 'required');
    if (!address) p.add('address', 'required');
  }
  if (!Number.isInteger(size) || size < 1 || size > 20) p.add('householdSize', 'outOfRange', { min: 1, max: 20 });

  notSeenBefore(p, seen, 'idNumber', person.idNumber, raw.row);
  if (!p.has('idNumber')) notSeenBefore(p, seenCert, 'certificateNumber', person.certificateNumber, raw.row);
  return outcome(raw.row, p, () => ({
    row: raw.row,
    realName: person.realName,
    idNumber: person.idNumber,
    certificateNumber: person.certificateNumber,
    disabilityCategory: category!,
    disabilityGrade: grade!,
    regionId: home!.id,
    stationId: station?.id ?? null,
    phone: person.phone,
    address,
    household: head ? { headName: head, size, address: address! } : null,
  }));
}
