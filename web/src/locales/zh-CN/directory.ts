// The directory: organisations and volunteer teams.
export const directoryMessages = {
  organisations: {
    title: '单位名录',
    lead: '残联及各合作单位、社会组织、高校、企业和服务机构。',
    name: '单位名称',
    kind: '单位类型',
    parent: '上级单位',
    caption: '单位名录（共 {count} 个）',
  },
  teams: {
    title: '志愿者队伍',
    lead: '各区县的助残志愿者队伍。',
    name: '队伍名称',
    caption: '志愿者队伍（共 {count} 支）',
  },
};
