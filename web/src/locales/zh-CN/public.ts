// The public home page.
export const publicMessages = {
  home: {
    title: '首页',
    heading: '欢迎使用同心',
    intro:
      '同心是市残联的助残志愿服务平台，连接残联、合作单位、志愿者队伍和社区志愿者服务站，让残疾人及其家庭能找到并选择所需的服务。',
    doorsHeading: '您可以',
    doors: {
      board: { title: '查找服务站', body: '按区县和服务类型查找社区志愿者服务站的服务时间、服务内容和联系电话。' },
      campaigns: { title: '了解公益活动', body: '查看学雷锋日、全国助残日等主题日的联合助残活动。' },
      register: { title: '成为志愿者', body: '填写志愿者登记信息。' },
      request: { title: '申请服务', body: '告诉我们您需要什么帮助，服务站会给您回电话。' },
    },
    featuresHeading: '平台能做什么',
    features: {
      network: '管理市、区县、街办、社区四级志愿服务网络与服务站',
      volunteers: '志愿者在线注册、培训，记录志愿时长与星级',
      events: '组织服务活动和主题日联合行动，统计服务人次',
      pairings: '一助一结对帮扶与入户走访',
    },
    status: {
      label: '服务状态',
      checking: '正在检查服务…',
      ok: '服务正常',
      error: '无法连接服务，请稍后重试',
      retry: '重新检查',
    },
  },
};
