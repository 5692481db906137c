// Chinese labels for the enum keys of dashboard buckets (the web app may translate keys itself).
export const LABELS: Record<string, string> = {
  PENDING: '待审核', ACTIVE: '在册', SUSPENDED: '暂停', RETIRED: '退出', REJECTED: '未通过',
  STUDENT: '学生', RESIDENT_COMMITTEE: '居委会成员', COMMUNITY_WORKER: '社区工作者', CIVIL_SERVANT: '机关干部',
  PUBLIC_INSTITUTION_STAFF: '事业单位职工', ENTERPRISE_STAFF: '企业职工', PARTY_CADRE: '党员干部', RETIREE: '退休人员', OTHER: '其他',
  UNDER_18: '18岁以下', '18_24': '18–24岁', '25_34': '25–34岁', '35_44': '35–44岁', '45_59': '45–59岁', '60_PLUS': '60岁及以上',
  DPF: '残联', YOUTH_LEAGUE: '共青团', WOMENS_FEDERATION: '妇联', CIVIL_AFFAIRS: '民政', TRADE_UNION: '工会',
  CIVILIZATION_OFFICE: '文明办', NGO: '社会组织', UNIVERSITY: '高校', ENTERPRISE: '企业',
  DISABLED_PERSONS_ENTERPRISE: '残疾人企业', SERVICE_INSTITUTION: '残疾人服务机构', NONE: '未隶属组织',
  VOLUNTEER_BENEFICIARY: '志愿者结对', CADRE_HOUSEHOLD: '干部结对帮扶', ORGANISATION_INSTITUTION: '组织结对机构',
  PROPOSED: '待确认', PAUSED: '暂停', ENDED: '已结束',
  VISUAL: '视力残疾', HEARING: '听力残疾', SPEECH: '言语残疾', PHYSICAL: '肢体残疾', INTELLECTUAL: '智力残疾',
  MENTAL: '精神残疾', MULTIPLE: '多重残疾', SUPPRESSED: '小于5人的类别（已合并）',
};

export const label = (key: string) => LABELS[key] ?? key;
