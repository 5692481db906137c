// Labels of dashboard buckets in the caller's language (Accept-Language), for enum keys and the numbered
// sets (star levels, disability grades). Names from the data (stations, organisations, months) stay as stored.
import type { Locale } from '../../common/messages';

const ZH: Record<string, string> = {
  PENDING: '待审核',
  ACTIVE: '在册',
  SUSPENDED: '暂停',
  RETIRED: '退出',
  REJECTED: '未通过',
  STUDENT: '学生',
  RESIDENT_COMMITTEE: '居委会成员',
  COMMUNITY_WORKER: '社区工作者',
  CIVIL_SERVANT: '机关干部',
  PUBLIC_INSTITUTION_STAFF: '事业单位职工',
  ENTERPRISE_STAFF: '企业职工',
  PARTY_CADRE: '党员干部',
  RETIREE: '退休人员',
  OTHER: '其他',
  UNDER_18: '18岁以下',
  '18_24': '18–24岁',
  '25_34': '25–34岁',
  '35_44': '35–44岁',
  '45_59': '45–59岁',
  '60_PLUS': '60岁及以上',
  DPF: '残联',
  YOUTH_LEAGUE: '共青团',
  WOMENS_FEDERATION: '妇联',
  CIVIL_AFFAIRS: '民政',
  TRADE_UNION: '工会',
  CIVILIZATION_OFFICE: '文明办',
  NGO: '社会组织',
  UNIVERSITY: '高校',
  ENTERPRISE: '企业',
  DISABLED_PERSONS_ENTERPRISE: '残疾人企业',
  SERVICE_INSTITUTION: '残疾人服务机构',
  NONE: '未隶属组织',
  VOLUNTEER_BENEFICIARY: '志愿者结对',
  CADRE_HOUSEHOLD: '干部结对帮扶',
  ORGANISATION_INSTITUTION: '组织结对机构',
  PROPOSED: '待确认',
  PAUSED: '暂停',
  ENDED: '已结束',
  VISUAL: '视力残疾',
  HEARING: '听力残疾',
  SPEECH: '言语残疾',
  PHYSICAL: '肢体残疾',
  INTELLECTUAL: '智力残疾',
  MENTAL: '精神残疾',
  MULTIPLE: '多重残疾',
  SUPPRESSED: '小于5人的类别（已合并）',
};

const EN: Record<string, string> = {
  PENDING: 'Pending review',
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  RETIRED: 'Retired',
  REJECTED: 'Not accepted',
  STUDENT: 'Students',
  RESIDENT_COMMITTEE: 'Residents’ committee members',
  COMMUNITY_WORKER: 'Community workers',
  CIVIL_SERVANT: 'Civil servants',
  PUBLIC_INSTITUTION_STAFF: 'Public institution staff',
  ENTERPRISE_STAFF: 'Enterprise staff',
  PARTY_CADRE: 'Party cadres',
  RETIREE: 'Retirees',
  OTHER: 'Other',
  UNDER_18: 'Under 18',
  '18_24': '18–24',
  '25_34': '25–34',
  '35_44': '35–44',
  '45_59': '45–59',
  '60_PLUS': '60 and over',
  DPF: 'Disabled Persons’ Federation',
  YOUTH_LEAGUE: 'Youth League',
  WOMENS_FEDERATION: 'Women’s Federation',
  CIVIL_AFFAIRS: 'Civil Affairs',
  TRADE_UNION: 'Trade unions',
  CIVILIZATION_OFFICE: 'Civilization Office',
  NGO: 'Social organisations',
  UNIVERSITY: 'Universities',
  ENTERPRISE: 'Enterprises',
  DISABLED_PERSONS_ENTERPRISE: 'Enterprises of disabled persons',
  SERVICE_INSTITUTION: 'Disability service institutions',
  NONE: 'No organisation',
  VOLUNTEER_BENEFICIARY: 'Volunteer pairing',
  CADRE_HOUSEHOLD: 'Cadre–household pairing',
  ORGANISATION_INSTITUTION: 'Organisation–institution pairing',
  PROPOSED: 'Awaiting confirmation',
  PAUSED: 'Paused',
  ENDED: 'Ended',
  VISUAL: 'Visual',
  HEARING: 'Hearing',
  SPEECH: 'Speech',
  PHYSICAL: 'Physical',
  INTELLECTUAL: 'Intellectual',
  MENTAL: 'Psychosocial',
  MULTIPLE: 'Multiple',
  SUPPRESSED: 'Groups under 5 (merged)',
};

/** How a bucket's label is made from its key: an enum's label, a star level or a disability grade. */
export type LabelSet = 'enum' | 'stars' | 'grade';

export function bucketLabel(set: LabelSet, key: string, locale: Locale): string {
  const en = locale === 'en';
  if (set === 'stars') return key === '0' ? (en ? 'No star yet' : '未达星级') : en ? `${key} star` : `${key}星`;
  if (set === 'grade') return en ? `Grade ${key}` : `${key}级`;
  return (en ? EN : ZH)[key] ?? key;
}

/** Keys with a label in one language and not the other (a test keeps this empty). */
export const unmatchedLabelKeys = () =>
  [...Object.keys(ZH), ...Object.keys(EN)].filter((k) => !(k in ZH) || !(k in EN));
