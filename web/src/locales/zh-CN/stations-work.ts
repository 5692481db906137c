// The work pages' part of stations.ts (loaded with work.ts, not on the public pages).
export const stationsWorkMessages = {
  stations: {
    title: '服务站',
    detailTitle: '服务站详情',
    lead: '社区志愿者服务站及其公示信息。',
    name: '服务站名称',
    caption: '服务站（共 {count} 个）',
    back: '返回服务站列表',
    events: '在本站举办的服务活动',
    requests: '本站的服务需求',
  },
  stationBoard: {
    heading: '编辑服务站公示信息',
    lead: '这些内容显示在公开的服务站查询页上。修改后立即生效。',
    name: '服务站名称',
    address: '地址',
    hours: '开放时间',
    hoursHint: '例如：周一至周五 9:00-17:00',
    contactName: '联系人',
    contactPhone: '联系电话',
    contactPhoneHint: '手机号，或带区号的座机号，如 0931-8123456',
    services: '提供的服务',
    save: '保存公示信息',
    saved: '公示信息已保存。',
  },
};
