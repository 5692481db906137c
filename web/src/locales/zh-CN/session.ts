// The session: logging in, the session ending, the 403 and 404 pages.
export const sessionMessages = {
  session: {
    login: '登录',
    logout: '退出登录',
    signedInAs: '当前用户：{name}',
    expiredTitle: '登录已过期',
    expiredBody: '为保障安全，您的登录已结束。请重新登录，当前页面和已填写的内容会保留。',
  },
  login: {
    title: '登录',
    heading: '工作人员登录',
    intro: '残联、合作单位、服务站工作人员和志愿者请使用分配的账户登录。',
    username: '用户名、手机号或身份证号',
    password: '密码',
    usernameMissing: '请输入用户名、手机号或身份证号。',
    passwordMissing: '请输入密码。',
    submit: '登录',
    submitting: '正在登录…',
  },
  forbidden: {
    title: '无权访问',
    heading: '您无权访问此页面',
    body: '您当前的角色不能查看这里的内容。如需权限，请联系本单位管理员。',
    back: '返回工作台',
  },
  notFound: {
    title: '页面未找到',
    heading: '页面未找到',
    body: '您访问的页面不存在或已被移动。',
    backHome: '返回首页',
  },
};
