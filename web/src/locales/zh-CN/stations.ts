// Community service stations: the public board, the list, one station, its board entry.
export const stationsMessages = {
  board: {
    title: '服务站查询',
    heading: '社区志愿者服务站',
    lead: '每个服务站都公布了服务时间、服务内容和联系人。可按区县和服务类型查找。',
    filtersLabel: '查找服务站',
    district: '区县',
    serviceType: '服务类型',
    search: '服务站名称包含',
    found: '找到 {count} 个服务站',
    empty: '没有符合条件的服务站。请换一个区县或服务类型再试。',
    address: '地址',
    hours: '服务时间',
    services: '服务内容',
    contact: '联系人',
  },
};
