// The five joint campaigns of 2026's theme days and the partner agencies that joined them.
import { addDays, DEMO_TODAY, DEMO_YEAR, helpTheDisabledDay, isoTimestamp, localMs } from './calendar';
import { copyRows, type CopyValue } from './copy';
import type { CampaignSeed, StepContext, World } from './model';

export const EYES_CAMPAIGN_NAME = '我是你的眼';
export const SUNSHINE_CAMPAIGN_NAME = '阳光行动';

type Role = 'LEAD' | 'CO_ORGANISER' | 'SUPPORTER';
type PartnerStatus = 'INVITED' | 'ACCEPTED' | 'DECLINED';

interface CampaignPlan {
  key: CampaignSeed['key'];
  themeDay: string;
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  lead: number;
  partners: Array<[number, Role, PartnerStatus]>;
  serviceTypeCodes: string[];
}

function plans(world: World): CampaignPlan[] {
  const ids = world.orgIds;
  const byKind = (kind: string, i: number) => world.orgsByKind.get(kind)![i].id;
  const year = DEMO_YEAR;
  return [
    {
      key: 'LEI_FENG',
      themeDay: 'LEI_FENG_DAY',
      name: '学雷锋助残志愿服务月',
      description: '3月5日学雷锋纪念日起，各社区志愿者服务站集中开展义诊、法律咨询、家电维修等助残志愿服务。',
      startsOn: `${year}-03-05`,
      endsOn: `${year}-03-31`,
      lead: ids.civilizationOffice,
      partners: [
        [ids.cityDpf, 'CO_ORGANISER', 'ACCEPTED'],
        [ids.youthLeague, 'CO_ORGANISER', 'ACCEPTED'],
        [byKind('NGO', 1), 'SUPPORTER', 'ACCEPTED'],
        [byKind('ENTERPRISE', 0), 'SUPPORTER', 'ACCEPTED'],
      ],
      serviceTypeCodes: ['HEALTH_CHECK', 'LEGAL_AID', 'APPLIANCE_REPAIR', 'REHAB_KNOWLEDGE'],
    },
    {
      key: 'WOMEN',
      themeDay: 'WOMENS_DAY',
      name: '巾帼志愿助残行动',
      description: '三八妇女节期间，妇联组织巾帼志愿者为残疾妇女提供美容美发、插花、编织培训和健康体检。',
      startsOn: `${year}-03-08`,
      endsOn: `${year}-03-15`,
      lead: ids.womensFederation,
      partners: [
        [ids.cityDpf, 'CO_ORGANISER', 'ACCEPTED'],
        [ids.tradeUnion, 'SUPPORTER', 'DECLINED'],
        [byKind('DISABLED_PERSONS_ENTERPRISE', 7), 'SUPPORTER', 'ACCEPTED'],
      ],
      serviceTypeCodes: ['BEAUTY', 'FLOWER_ARRANGING', 'KNITTING', 'HEALTH_CHECK'],
    },
    {
      key: 'SUNSHINE',
      themeDay: 'HELP_THE_DISABLED_DAY',
      name: SUNSHINE_CAMPAIGN_NAME,
      description:
        '全国助残日起，团市委联合高校青年志愿者为青少年残疾人提供日间照料、就业创业、助学辅导、文体活动和爱心捐助。',
      startsOn: helpTheDisabledDay(year),
      endsOn: `${year}-08-31`,
      lead: ids.youthLeague,
      partners: [
        [ids.cityDpf, 'CO_ORGANISER', 'ACCEPTED'],
        [byKind('UNIVERSITY', 0), 'CO_ORGANISER', 'ACCEPTED'],
        [byKind('UNIVERSITY', 1), 'CO_ORGANISER', 'ACCEPTED'],
        [byKind('ENTERPRISE', 2), 'SUPPORTER', 'ACCEPTED'],
      ],
      serviceTypeCodes: [
        'YOUTH_DAY_CARE',
        'YOUTH_EMPLOYMENT',
        'YOUTH_TUTORING',
        'YOUTH_CULTURE_SPORTS',
        'YOUTH_DONATION',
      ],
    },
    {
      key: 'POVERTY',
      themeDay: 'POVERTY_ALLEVIATION_DAY',
      name: '扶贫日·助残帮扶送温暖',
      description: '10月17日扶贫日，市残联联合民政、工会和残疾人企业走访困难残疾人家庭，开展就业指导和居家帮扶。',
      startsOn: `${year}-10-17`,
      endsOn: `${year}-10-31`,
      lead: ids.cityDpf,
      partners: [
        [ids.civilAffairs, 'CO_ORGANISER', 'ACCEPTED'],
        [ids.tradeUnion, 'SUPPORTER', 'ACCEPTED'],
        [byKind('DISABLED_PERSONS_ENTERPRISE', 0), 'SUPPORTER', 'ACCEPTED'],
      ],
      serviceTypeCodes: ['EMPLOYMENT_GUIDANCE', 'BLIND_HOME_SUPPORT', 'LEGAL_AID', 'HEALTH_CHECK'],
    },
    {
      key: 'EYES',
      themeDay: 'INTERNATIONAL_DAY_OF_PERSONS_WITH_DISABILITIES',
      name: EYES_CAMPAIGN_NAME,
      description: '国际残疾人日，视障关爱志愿服务中心与高校志愿者为盲人捐赠有声读物，并长期开展上门陪伴和出行陪同。',
      startsOn: `${year}-12-03`,
      endsOn: `${year}-12-31`,
      lead: ids.eyesNgo,
      partners: [
        [byKind('UNIVERSITY', 0), 'CO_ORGANISER', 'ACCEPTED'],
        [byKind('UNIVERSITY', 2), 'CO_ORGANISER', 'ACCEPTED'],
        [ids.cityDpf, 'SUPPORTER', 'ACCEPTED'],
        [byKind('ENTERPRISE', 3), 'SUPPORTER', 'INVITED'],
      ],
      serviceTypeCodes: ['BLIND_AUDIOBOOK', 'BLIND_ACCOMPANIMENT', 'BLIND_HOME_SUPPORT'],
    },
  ];
}

export async function seedCampaigns(ctx: StepContext): Promise<void> {
  const { rng, world } = ctx;
  const campaignRows: CopyValue[][] = [];
  const partnerRows: CopyValue[][] = [];
  for (const plan of plans(world)) {
    const id = campaignRows.length + 1;
    const status = plan.endsOn < DEMO_TODAY ? 'CLOSED' : 'PUBLISHED';
    campaignRows.push([
      id,
      plan.name,
      plan.description,
      plan.themeDay,
      plan.startsOn,
      plan.endsOn,
      status,
      plan.lead,
      world.cityRegionId,
    ]);
    const organiserIds = [plan.lead];
    for (const [orgId, role, partnerStatus] of [[plan.lead, 'LEAD', 'ACCEPTED'] as const, ...plan.partners]) {
      const respondedAt =
        partnerStatus === 'INVITED'
          ? null
          : isoTimestamp(localMs(addDays(plan.startsOn, -rng.int(5, 20)), rng.int(9, 17), rng.int(0, 59)));
      partnerRows.push([partnerRows.length + 1, id, orgId, role, partnerStatus, respondedAt]);
      if (partnerStatus === 'ACCEPTED' && role !== 'LEAD') organiserIds.push(orgId);
    }
    world.campaigns.push({
      id,
      key: plan.key,
      name: plan.name,
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
      leadId: plan.lead,
      organiserIds,
      serviceTypeCodes: plan.serviceTypeCodes,
    });
  }
  await copyRows(
    ctx.client,
    'campaign',
    ['id', 'name', 'description', 'theme_day', 'starts_on', 'ends_on', 'status', 'lead_organisation_id', 'region_id'],
    campaignRows,
  );
  await copyRows(
    ctx.client,
    'campaign_partner',
    ['id', 'campaign_id', 'organisation_id', 'role', 'status', 'responded_at'],
    partnerRows,
  );
  ctx.progress('campaign', campaignRows.length, campaignRows.length);
}
