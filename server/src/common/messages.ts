// User-facing error messages, by key, in both languages the product speaks. Errors carry the key
// (and its parameters); the response is written in the language the request asked for.
export type Locale = 'zh-CN' | 'en';
type Message = Record<Locale, string>;

export const MESSAGES = {
  invalid: { 'zh-CN': '格式不正确', en: 'This value is not valid.' },
  required: { 'zh-CN': '此项必填', en: 'This field is required.' },
  tooLong: { 'zh-CN': '不能超过 {max} 个字符', en: 'At most {max} characters.' },
  outOfRange: { 'zh-CN': '应在 {min} 到 {max} 之间', en: 'Must be between {min} and {max}.' },
  dateInvalid: { 'zh-CN': '日期应写作 YYYY-MM-DD', en: 'Write the date as YYYY-MM-DD.' },
  endBeforeStart: { 'zh-CN': '结束时间不能早于开始时间', en: 'The end cannot be before the start.' },
  notFound: { 'zh-CN': '找不到该记录，或无权查看', en: 'Not found, or not yours to see.' },
  forbidden: { 'zh-CN': '无权执行此操作', en: 'You may not do this.' },
  staleVersion: {
    'zh-CN': '该记录已被他人修改，请刷新后重试',
    en: 'Someone changed this record after you read it. Reload it and try again.',
  },
  idempotencyKeyReused: {
    'zh-CN': '该幂等键已用于另一份不同的请求',
    en: 'This idempotency key was already used for a different request.',
  },
  invalidTransition: {
    'zh-CN': '当前状态（{status}）下不能执行此操作',
    en: 'Not possible while the status is {status}.',
  },
  // people
  identityInvalid: {
    'zh-CN': '身份证号码不正确（长度、出生日期或校验位有误）',
    en: 'This identity number is not valid (length, birth date or check character).',
  },
  identityTaken: {
    'zh-CN': '该身份证号码已登记，请直接登录或联系所在组织',
    en: 'This identity number is already registered. Log in or contact your organisation.',
  },
  phoneInvalid: { 'zh-CN': '请填写 11 位手机号码', en: 'Enter an 11-digit mobile number.' },
  consentRequired: { 'zh-CN': '请阅读并同意个人信息告知书', en: 'Read and accept the personal-data notice.' },
  consentOutdated: {
    'zh-CN': '个人信息告知书已更新（当前版本 {version}），请重新阅读',
    en: 'The personal-data notice has changed (now version {version}). Read it again.',
  },
  affiliationRequired: {
    'zh-CN': '请选择所属组织、街道/社区或服务站',
    en: 'Choose an organisation, a district or a service station.',
  },
  reasonRequired: { 'zh-CN': '请说明原因', en: 'Give a reason.' },
  certificateInvalid: {
    'zh-CN': '残疾人证号应为 20 位：身份证号 + 类别数字（1–7）+ 等级数字（1–4）',
    en: 'A disability certificate number is 20 characters: an identity number, the category digit (1–7) and the grade digit (1–4).',
  },
  certificateMismatch: {
    'zh-CN': '残疾人证号的类别/等级与所填类别、等级不一致',
    en: 'The certificate number does not agree with the category and grade entered.',
  },
  certificateTaken: { 'zh-CN': '该残疾人证号已登记', en: 'This certificate number is already registered.' },
  // campaigns
  alreadyPartner: { 'zh-CN': '该组织已在合作方名单中', en: 'This organisation is already a partner.' },
  notInvited: { 'zh-CN': '该组织未收到此活动的邀请', en: 'This organisation has no invitation to this campaign.' },
  leadCannotDecline: {
    'zh-CN': '牵头单位不能拒绝本活动',
    en: 'The lead organisation cannot decline its own campaign.',
  },
  themeDayUnknown: { 'zh-CN': '未知的主题日', en: 'Unknown theme day.' },
  campaignLeadOnly: {
    'zh-CN': '只有牵头单位或所辖残联管理员可以执行此操作',
    en: 'Only the lead organisation or a federation admin over the campaign’s region can do this.',
  },
  outsideScope: { 'zh-CN': '超出您的管理范围', en: 'This is outside what you manage.' },
  // events and hours
  eventFull: { 'zh-CN': '名额已满，已加入候补名单', en: 'The event is full; you are on the waitlist.' },
  eventNotOpen: { 'zh-CN': '该活动当前不接受报名', en: 'This event is not open for sign-up.' },
  alreadySignedUp: { 'zh-CN': '已报名该活动', en: 'Already signed up for this event.' },
  notSignedUp: { 'zh-CN': '该志愿者未报名此活动', en: 'This volunteer has not signed up for this event.' },
  checkOutBeforeCheckIn: { 'zh-CN': '尚未签到，不能签退', en: 'Check in before checking out.' },
  alreadyCheckedIn: { 'zh-CN': '已签到', en: 'Already checked in.' },
  tooManyCodeAttempts: {
    'zh-CN': '签到码输错次数过多，请 {seconds} 秒后再试',
    en: 'Too many wrong codes. Try again in {seconds} seconds.',
  },
  eventCodeInvalid: { 'zh-CN': '活动签到码不正确或已过期', en: 'The event code is wrong or has expired.' },
  notCheckedOut: { 'zh-CN': '签退后才能核验时长', en: 'Hours can be verified only after check-out.' },
  alreadyVerified: { 'zh-CN': '时长已核验', en: 'These hours are already verified.' },
  capacityBelowSignedUp: {
    'zh-CN': '名额不能少于已报名人数（{count}）',
    en: 'The capacity cannot be below the number signed up ({count}).',
  },
  volunteerNotActive: { 'zh-CN': '志愿者尚未通过审核或已停用', en: 'This volunteer is not active.' },
  correctionPending: { 'zh-CN': '已有待处理的更正申请', en: 'A correction request is already pending.' },
  correctionUnchanged: { 'zh-CN': '申请的时长与现有记录相同', en: 'The requested minutes equal the recorded minutes.' },
  campaignClosed: {
    'zh-CN': '该联合活动已结束，不能再添加服务活动',
    en: 'This campaign is closed; no events can be added to it.',
  },
  notCampaignPartner: {
    'zh-CN': '主办单位不是该联合活动已确认的合作方',
    en: 'The organiser is not a partner that accepted this campaign.',
  },
  eventHasAttendance: {
    'zh-CN': '已有 {count} 人签到，不能取消该活动；请在活动结束后关闭',
    en: '{count} people have checked in, so the event cannot be cancelled; close it when it ends.',
  },
  eventNotStarted: {
    'zh-CN': '活动尚未开始，不能结束；如不再举办请取消',
    en: 'The event has not started yet; cancel it if it will not take place.',
  },
  campaignNotPublished: {
    'zh-CN': '该活动所属的联合活动尚未发布或已结束，不能报名',
    en: 'The campaign of this event is not published (or is closed), so nobody can sign up.',
  },
  outsideCampaignDates: {
    'zh-CN': '活动时间应在联合活动的起止日期（{from} 至 {to}）之内',
    en: 'The event must take place within the campaign’s dates ({from} to {to}).',
  },
  eventInPast: { 'zh-CN': '活动结束时间已过，不能再创建', en: 'The event has already ended; it cannot be created.' },
  outsideEventWindow: {
    'zh-CN': '只能在活动时间内签到签退（可提前 {early} 分钟）',
    en: 'Check-in and check-out are only possible during the event (from {early} minutes before it starts).',
  },
  timeInFuture: { 'zh-CN': '时间不能晚于当前时间', en: 'This time cannot be in the future.' },
  // pairings
  pairingPartiesInvalid: {
    'zh-CN': '结对双方与结对类型不符',
    en: 'The parties do not match the kind of pairing.',
  },
  wrongSide: { 'zh-CN': '只能由结对另一方的组织确认', en: 'Only the other side’s organisation can accept.' },
  pairingExists: {
    'zh-CN': '这两方之间已有进行中的结对',
    en: 'These parties already have a pairing that has not ended.',
  },
  visitWithoutVolunteer: {
    'zh-CN': '该结对没有志愿者，走访不计入志愿服务时长',
    en: 'This pairing has no volunteer: its visits are not anyone’s service time.',
  },
  visitBeforeStart: {
    'zh-CN': '走访日期不能早于结对开始日期（{startedOn}）',
    en: 'The visit cannot be before the pairing started ({startedOn}).',
  },
  // service requests
  volunteerRequired: { 'zh-CN': '请先指派志愿者', en: 'Assign a volunteer first.' },
  requestPlaceRequired: {
    'zh-CN': '请选择服务站，或所在的区县、街道/社区',
    en: 'Choose a service station, or your district, subdistrict or community.',
  },
  regionTooBroad: {
    'zh-CN': '请选择区县、街道或社区，而不是全市',
    en: 'Choose a district, subdistrict or community, not the whole city.',
  },
  tooManyRequests: {
    'zh-CN': '该号码今天提交的需求已达上限，请明天再试或直接致电服务站',
    en: 'This number has sent the most requests allowed today. Try again tomorrow or call the station.',
  },
  // donations
  donationTargetRequired: {
    'zh-CN': '请指定捐赠对象：活动、结对、残疾人或家庭',
    en: 'Say what the donation is for: a campaign, a pairing, a beneficiary or a household.',
  },
  donorRequired: { 'zh-CN': '请填写捐赠组织或捐赠人', en: 'Name the donating organisation or person.' },
  mustBePositive: { 'zh-CN': '应为大于 0 的整数', en: 'Must be a whole number above 0.' },
  dateInFuture: { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be in the future.' },
  notWithKind: { 'zh-CN': '该项不适用于所选捐赠类型', en: 'Not used with this kind of donation.' },
  notYourDonation: {
    'zh-CN': '只能登记本单位的捐赠，或捐给本单位参与的活动、结对',
    en: 'Record only donations by your organisation, or to its campaigns or pairings.',
  },
  // training
  alreadyEnrolled: { 'zh-CN': '已报名该培训', en: 'Already enrolled.' },
  notEnrolled: { 'zh-CN': '该志愿者未报名此培训', en: 'This volunteer is not enrolled in this session.' },
  trainingNotHeld: { 'zh-CN': '培训尚未举行，不能登记出勤', en: 'The session has not taken place yet.' },
  // taking part: minors, skills, invitations, references
  tooYoung: {
    'zh-CN': '年满 {minAge} 周岁方可注册志愿者（根据身份证号码计算，当前 {age} 周岁）',
    en: 'Volunteers must be at least {minAge} to register (the identity number gives {age}).',
  },
  guardianRequired: {
    'zh-CN': '未满 18 周岁须由监护人同意：请填写监护人姓名、关系和手机号码',
    en: "Under 18, a guardian must agree: give the guardian's name, relation and mobile number.",
  },
  guardianConsentRequired: {
    'zh-CN': '请由监护人阅读并同意个人信息告知书',
    en: 'The guardian must read and accept the personal-data notice.',
  },
  adultsOnly: {
    'zh-CN': '该活动仅限年满 18 周岁的志愿者参加',
    en: 'This event is for volunteers aged 18 or over.',
  },
  alreadyInvited: { 'zh-CN': '已邀请过该志愿者', en: 'This volunteer has already been invited.' },
  skillTaken: { 'zh-CN': '该技能已在本市列表中', en: "This skill is already on the city's list." },
  skillListIsPerCity: { 'zh-CN': '技能列表按市管理，请选择市', en: 'Skill lists are kept per city: choose the city.' },
  availabilityInvalid: {
    'zh-CN': '时段应为星期 1–7 及 HH:MM 格式的起止时间，结束晚于开始',
    en: 'A slot is a weekday 1–7 and a start and end written HH:MM, the end after the start.',
  },
  districtRequired: { 'zh-CN': '请选择区县', en: 'Choose districts.' },
  referenceInvalid: {
    'zh-CN': '查询编号应形如 TX-7K3M-9Q',
    en: 'A reference looks like TX-7K3M-9Q.',
  },
  lastFourDigits: { 'zh-CN': '请填写手机号码后四位', en: 'Enter the last four digits of the mobile number.' },
  // spreadsheet imports
  regionUnknown: {
    'zh-CN': '找不到该地区（请按区县、街道/乡镇、社区/村逐级填写）',
    en: 'No such region (fill in district, subdistrict and community in turn).',
  },
  nameUnknown: { 'zh-CN': '找不到该名称的记录', en: 'Nothing by this name.' },
  nameAmbiguous: {
    'zh-CN': '有多个同名记录，请填写所在区县以区分',
    en: 'Several records have this name; fill in the district to tell them apart.',
  },
  duplicateInFile: { 'zh-CN': '与第 {row} 行重复', en: 'Repeats row {row}.' },
  valueNotInList: { 'zh-CN': '请从下拉列表中选择', en: 'Choose a value from the list.' },
  columnMissing: { 'zh-CN': '缺少此列', en: 'This column is missing.' },
  fileUnreadable: {
    'zh-CN': '无法读取该文件，请上传 .xlsx 格式的表格',
    en: 'This file cannot be read. Upload an .xlsx workbook.',
  },
  tooManyRows: { 'zh-CN': '一次最多导入 {max} 行', en: 'At most {max} rows per import.' },
  exportTooLarge: {
    'zh-CN': '该列表有 {count} 行，超过导出上限 {max} 行；请先用筛选条件缩小范围',
    en: 'This list has {count} rows, over the export limit of {max}. Narrow it with the filters first.',
  },
  exportUnknownList: { 'zh-CN': '没有可导出的此类列表', en: 'There is no such list to export.' },
  exportColumnUnknown: { 'zh-CN': '该列不能导出', en: 'This column cannot be exported.' },
  exportFailed: {
    'zh-CN': '导出失败，请重试',
    en: 'The export failed. Try again.',
  },
  importNotValid: {
    'zh-CN': '该表格仍有错误，请改正后重新上传',
    en: 'The spreadsheet still has errors. Correct it and upload it again.',
  },
  jobFailed: {
    'zh-CN': '任务执行失败，已完成的部分保留；可重新上传同一文件继续',
    en: 'The job failed; what it finished stays. Upload the same file again to go on.',
  },
  // registry and accounts
  emailInvalid: { 'zh-CN': '电子邮箱格式不正确', en: 'Enter a valid e-mail address.' },
  contactRequired: { 'zh-CN': '请填写手机号码或电子邮箱', en: 'Give a mobile number or an e-mail address.' },
  noContact: {
    'zh-CN': '该账号没有手机号码或电子邮箱，无法发送验证码',
    en: 'This account has no mobile number or e-mail address to send a code to.',
  },
  contactTaken: { 'zh-CN': '该手机号码或邮箱已有账号', en: 'An account already uses this mobile number or e-mail.' },
  usernameTaken: { 'zh-CN': '该用户名已被使用', en: 'That username is taken.' },
  invitationClosed: {
    'zh-CN': '该邀请已被接受或撤销',
    en: 'This invitation was accepted or revoked already.',
  },
  registrySuspended: {
    'zh-CN': '该单位、队伍或服务站已暂停，不能在其下新增',
    en: 'This entry is suspended; nothing new can be placed under it.',
  },
  codeExists: { 'zh-CN': '该编码已被使用', en: 'This code is already in use.' },
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;

export function translate(key: string, locale: Locale, params: MessageParams = {}): string {
  const message = (MESSAGES as Record<string, Message>)[key] ?? MESSAGES.invalid;
  return message[locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** zh-CN unless the request prefers English (Accept-Language). */
export function localeOf(acceptLanguage: string | undefined): Locale {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
