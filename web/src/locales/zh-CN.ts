// The source locale: its shape is the schema every other locale must match.
export const zhCN = {
  app: {
    name: '同心',
    tagline: '助残志愿服务平台',
    skipToMain: '跳到主要内容',
    language: '语言',
    // Each locale names itself, so the switcher shows every option in its own language.
    localeName: '简体中文',
    footer: '市残疾人联合会 · 志愿服务',
  },
  home: {
    title: '首页',
    heading: '欢迎使用同心',
    intro:
      '同心是市残联的助残志愿服务平台，连接残联、合作单位、志愿者队伍和社区志愿者服务站，让残疾人及其家庭能找到并选择所需的服务。',
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
  notFound: {
    title: '页面未找到',
    heading: '页面未找到',
    body: '您访问的页面不存在或已被移动。',
    backHome: '返回首页',
  },
};

export type MessageSchema = typeof zhCN;
