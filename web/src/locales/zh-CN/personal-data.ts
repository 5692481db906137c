// Personal data: masked fields and the audited reveal.
export const personalDataMessages = {
  personal: {
    heading: '个人信息',
    maskedNote: '以下信息已遮蔽显示。',
    revealedNote: '已显示明文。本次查看及理由已记入审计日志；离开本页后将不再显示。',
    idNumber: '身份证号',
    idNumberMasked: '身份证号（已遮蔽）',
    certificateNumber: '残疾证号',
    birthDate: '出生日期',
    phone: '电话',
    address: '住址',
    clear: '明文',
    notEntitled: '无权查看明文',
    reveal: '查看完整信息…',
    hide: '重新遮蔽',
  },
  reveal: {
    title: '查看 {name} 的完整信息',
    explain: '完整个人信息属于敏感信息。请说明查看理由，理由和您的账户将记入审计日志。',
    reason: '查看理由',
    reasonHint: '例如：核对残疾证信息以办理补贴。至少 4 个字。',
    reasonTooShort: '请说明查看理由（至少 4 个字）。',
    submit: '确认查看',
  },
};
