// Service requests from disabled people and their families, answered by nearby volunteers.
import { addDays, DEMO_TODAY, isoTimestamp, localMs } from './calendar';
import { copyRows, type CopyValue } from './copy';
import type { StepContext, VolunteerSeed } from './model';
import { mobile, personName } from './names';

const DESCRIPTIONS: Record<string, string[]> = {
  HEALTH_CHECK: ['母亲行动不便，希望志愿者上门测量血压血糖', '希望预约社区免费体检'],
  REHAB_KNOWLEDGE: ['孩子脑瘫术后，想了解家庭康复训练方法', '希望有人指导正确使用假肢'],
  LEGAL_AID: ['工伤赔偿纠纷，需要法律咨询', '咨询残疾人两项补贴申领中的问题'],
  EMPLOYMENT_GUIDANCE: ['听力残疾，想找一份数据录入类工作', '希望参加盲人按摩职业培训'],
  APPLIANCE_REPAIR: ['家里洗衣机坏了，无法自行修理', '电视机没有信号，需要上门检修'],
  FLOWER_ARRANGING: ['想报名社区插花兴趣班'],
  BEAUTY: ['行动不便，希望志愿者上门理发'],
  KNITTING: ['想学编织手艺增加收入'],
  YOUTH_DAY_CARE: ['孩子智力残疾，白天家长上班无人照看'],
  YOUTH_EMPLOYMENT: ['刚毕业的肢体残疾青年，想了解创业扶持政策'],
  YOUTH_TUTORING: ['孩子视力残疾，需要数学作业辅导'],
  YOUTH_CULTURE_SPORTS: ['想参加轮椅篮球队活动'],
  YOUTH_DONATION: ['家庭困难，孩子开学缺少学习用品'],
  BLIND_AUDIOBOOK: ['希望获得有声读物和读屏手机使用指导'],
  BLIND_ACCOMPANIMENT: ['每周二需要有人陪同去医院复诊', '希望有人陪同去银行办理业务'],
  BLIND_HOME_SUPPORT: ['独居盲人，需要帮忙整理家务和采购'],
};

export async function seedRequests(ctx: StepContext): Promise<void> {
  const { rng, world } = ctx;
  const activeByDistrict: VolunteerSeed[][] = world.districts.map(() => []);
  for (const v of world.volunteers) if (v.status === 'ACTIVE') activeByDistrict[v.community.district.index].push(v);
  const total = Math.max(10, Math.round(300 * world.scale));
  const rows: CopyValue[][] = [];
  for (let id = 1; id <= total; id++) {
    const beneficiary = rng.chance(0.7) ? rng.pick(world.beneficiaries) : null;
    const community = beneficiary?.community ?? rng.pick(world.communities);
    // Most requests ask for what the local station offers; the rest show unmet demand.
    const typeId = rng.chance(0.75) ? rng.pick(community.serviceTypeIds) : rng.pick(world.serviceTypes).id;
    const type = world.serviceTypes[typeId - 1];
    const status = rng.weighted([
      ['OPEN', 25],
      ['ASSIGNED', 25],
      ['DONE', 40],
      ['CANCELLED', 10],
    ] as const);
    const byRelative = beneficiary === null || rng.chance(0.4);
    const requester = byRelative ? personName(rng, rng.chance(0.5) ? 'MALE' : 'FEMALE') : beneficiary.name;
    const phone = (!byRelative && beneficiary.phone) || mobile(rng);
    const assignee =
      status === 'ASSIGNED' || status === 'DONE' ? rng.pick(activeByDistrict[community.district.index]) : null;
    // Open requests are recent; done ones span the year.
    const age = status === 'OPEN' ? rng.int(0, 30) : status === 'ASSIGNED' ? rng.int(2, 60) : rng.int(10, 340);
    const createdMs = localMs(addDays(DEMO_TODAY, -age), rng.int(8, 20), rng.int(0, 59));
    const updatedMs = status === 'OPEN' ? createdMs : createdMs + rng.int(1, Math.max(1, age)) * 3_600_000;
    rows.push([
      id,
      requester,
      phone,
      rng.pick(DESCRIPTIONS[type.code]),
      status,
      community.id,
      community.stationId,
      type.id,
      beneficiary?.id ?? null,
      assignee?.id ?? null,
      isoTimestamp(createdMs),
      isoTimestamp(updatedMs),
    ]);
  }
  await copyRows(
    ctx.client,
    'service_request',
    [
      'id',
      'requester_name',
      'phone',
      'description',
      'status',
      'region_id',
      'station_id',
      'service_type_id',
      'beneficiary_id',
      'assigned_volunteer_id',
      'created_at',
      'updated_at',
    ],
    rows,
  );
  ctx.progress('service_request', rows.length, rows.length);
}
