// Every kind of notice the hub sends: its templates in both languages, the channels it uses unless
// the person chooses otherwise, and where in the panel it leads.
import { registerEnumType } from 'type-graphql';
import type { Locale } from '../../common/messages';

export enum NotificationKind {
  VOLUNTEER_APPROVED = 'VOLUNTEER_APPROVED',
  VOLUNTEER_REJECTED = 'VOLUNTEER_REJECTED',
  ACCOUNT_ACTIVATION_CODE = 'ACCOUNT_ACTIVATION_CODE',
  PASSWORD_RESET_CODE = 'PASSWORD_RESET_CODE',
  CAMPAIGN_INVITATION = 'CAMPAIGN_INVITATION',
  CAMPAIGN_INVITATION_ANSWERED = 'CAMPAIGN_INVITATION_ANSWERED',
  EVENT_REMINDER = 'EVENT_REMINDER',
  WAITLIST_PROMOTED = 'WAITLIST_PROMOTED',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  EVENT_CHANGED = 'EVENT_CHANGED',
  SERVICE_REQUEST_ASSIGNED = 'SERVICE_REQUEST_ASSIGNED',
  STATION_REQUEST_ASSIGNED = 'STATION_REQUEST_ASSIGNED',
  PAIRING_PROPOSED = 'PAIRING_PROPOSED',
  PAIRING_ACCEPTED = 'PAIRING_ACCEPTED',
  PAIRINGS_OVERDUE = 'PAIRINGS_OVERDUE',
  HOUR_REPORT_DECIDED = 'HOUR_REPORT_DECIDED',
  HOUR_CORRECTION_DECIDED = 'HOUR_CORRECTION_DECIDED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

/** Template parameters: names, ids, times already written as `YYYY-MM-DD HH:mm` (Beijing time). */
export type Payload = Record<string, string | number | null>;

type Text = (p: Payload) => string;
interface Template {
  title: Text;
  body: Text;
}

export interface KindSpec {
  'zh-CN': Template;
  en: Template;
  /** Channels used unless the person chose otherwise. */
  email: boolean;
  sms: boolean;
  /** Sent whatever the preferences and at any hour, and kept out of the inbox (one-time codes). */
  mandatory?: boolean;
  /** The panel page it leads to. */
  link?: (p: Payload) => string | null;
}

const approved = (p: Payload) => p.approved === 1 || p.approved === 'true';
const s = (v: Payload[string]) => (v === null || v === undefined ? '' : String(v));

export const KINDS: Record<NotificationKind, KindSpec> = {
  VOLUNTEER_APPROVED: {
    'zh-CN': {
      title: () => '志愿者注册已通过',
      body: (p) => `${s(p.name)}，您的志愿者注册已通过审核，欢迎加入${s(p.organisation) || '同心志愿服务'}。`,
    },
    en: {
      title: () => 'Volunteer registration approved',
      body: (p) =>
        `${s(p.name)}, your volunteer registration was approved. Welcome to ${s(p.organisation) || 'Tongxin'}.`,
    },
    email: true,
    sms: true,
    link: () => '/work/my-service',
  },
  VOLUNTEER_REJECTED: {
    'zh-CN': {
      title: () => '志愿者注册未通过',
      body: (p) => `${s(p.name)}，您的志愿者注册未通过审核。原因：${s(p.reason)}`,
    },
    en: {
      title: () => 'Volunteer registration not approved',
      body: (p) => `${s(p.name)}, your volunteer registration was not approved. Reason: ${s(p.reason)}`,
    },
    email: true,
    sms: true,
  },
  ACCOUNT_ACTIVATION_CODE: {
    'zh-CN': {
      title: () => '账号激活码',
      body: (p) => `您的同心账号激活码：${s(p.code)}，${s(p.minutes)} 分钟内有效。请勿告诉他人。`,
    },
    en: {
      title: () => 'Account activation code',
      body: (p) => `Your Tongxin activation code is ${s(p.code)}, valid for ${s(p.minutes)} minutes. Do not share it.`,
    },
    email: true,
    sms: true,
    mandatory: true,
  },
  PASSWORD_RESET_CODE: {
    'zh-CN': {
      title: () => '重置密码验证码',
      body: (p) => `您正在重置同心账号密码，验证码：${s(p.code)}，${s(p.minutes)} 分钟内有效。如非本人操作请忽略。`,
    },
    en: {
      title: () => 'Password reset code',
      body: (p) =>
        `Your Tongxin password reset code is ${s(p.code)}, valid for ${s(p.minutes)} minutes. If you did not ask for it, ignore this message.`,
    },
    email: true,
    sms: true,
    mandatory: true,
  },
  CAMPAIGN_INVITATION: {
    'zh-CN': {
      title: (p) => `活动邀请：${s(p.campaign)}`,
      body: (p) => `${s(p.lead)} 邀请贵单位参与联合活动“${s(p.campaign)}”，请在系统中答复。`,
    },
    en: {
      title: (p) => `Campaign invitation: ${s(p.campaign)}`,
      body: (p) => `${s(p.lead)} invites your organisation to the joint campaign "${s(p.campaign)}". Please answer it.`,
    },
    email: true,
    sms: false,
    link: (p) => (p.campaignId ? `/work/campaigns/${s(p.campaignId)}` : null),
  },
  CAMPAIGN_INVITATION_ANSWERED: {
    'zh-CN': {
      title: (p) => `${s(p.organisation)} ${approved(p) ? '接受' : '谢绝'}了活动邀请`,
      body: (p) => `${s(p.organisation)} ${approved(p) ? '接受' : '谢绝'}了联合活动“${s(p.campaign)}”的邀请。`,
    },
    en: {
      title: (p) => `${s(p.organisation)} ${approved(p) ? 'accepted' : 'declined'} the invitation`,
      body: (p) =>
        `${s(p.organisation)} ${approved(p) ? 'accepted' : 'declined'} the invitation to the joint campaign "${s(p.campaign)}".`,
    },
    email: true,
    sms: false,
    link: (p) => (p.campaignId ? `/work/campaigns/${s(p.campaignId)}` : null),
  },
  EVENT_REMINDER: {
    'zh-CN': {
      title: (p) => `${p.lead === 'DAY' ? '明天' : '两小时后'}：${s(p.event)}`,
      body: (p) => `提醒：您报名的服务活动“${s(p.event)}”将于 ${s(p.startsAt)} 在 ${s(p.place)} 开始。`,
    },
    en: {
      title: (p) => `${p.lead === 'DAY' ? 'Tomorrow' : 'In two hours'}: ${s(p.event)}`,
      body: (p) => `Reminder: "${s(p.event)}", which you signed up for, starts at ${s(p.startsAt)} at ${s(p.place)}.`,
    },
    email: true,
    sms: true,
    link: (p) => (p.eventId ? `/work/events/${s(p.eventId)}` : null),
  },
  WAITLIST_PROMOTED: {
    'zh-CN': {
      title: (p) => `已从候补转为正式报名：${s(p.event)}`,
      body: (p) => `有名额空出，您已从候补转为“${s(p.event)}”（${s(p.startsAt)}，${s(p.place)}）的正式报名。`,
    },
    en: {
      title: (p) => `Off the waitlist: ${s(p.event)}`,
      body: (p) => `A place came free: you are now signed up for "${s(p.event)}" (${s(p.startsAt)}, ${s(p.place)}).`,
    },
    email: true,
    sms: true,
    link: (p) => (p.eventId ? `/work/events/${s(p.eventId)}` : null),
  },
  EVENT_CANCELLED: {
    'zh-CN': {
      title: (p) => `活动已取消：${s(p.event)}`,
      body: (p) => `您报名的服务活动“${s(p.event)}”（${s(p.startsAt)}）已取消。原因：${s(p.reason)}`,
    },
    en: {
      title: (p) => `Event cancelled: ${s(p.event)}`,
      body: (p) => `"${s(p.event)}" (${s(p.startsAt)}), which you signed up for, was cancelled. Reason: ${s(p.reason)}`,
    },
    email: true,
    sms: true,
    link: (p) => (p.eventId ? `/work/events/${s(p.eventId)}` : null),
  },
  EVENT_CHANGED: {
    'zh-CN': {
      title: (p) => `活动有变更：${s(p.event)}`,
      body: (p) => `您报名的服务活动“${s(p.event)}”有变更：现于 ${s(p.startsAt)} 在 ${s(p.place)} 举行。`,
    },
    en: {
      title: (p) => `Event changed: ${s(p.event)}`,
      body: (p) =>
        `"${s(p.event)}", which you signed up for, has changed: it now starts at ${s(p.startsAt)} at ${s(p.place)}.`,
    },
    email: true,
    sms: true,
    link: (p) => (p.eventId ? `/work/events/${s(p.eventId)}` : null),
  },
  SERVICE_REQUEST_ASSIGNED: {
    'zh-CN': {
      title: () => '您有一项新的服务需求',
      body: (p) => `服务站为您分派了一项服务需求：${s(p.description)}。请尽快与服务站联系。`,
    },
    en: {
      title: () => 'A service request for you',
      body: (p) => `Your station assigned you a service request: ${s(p.description)}. Please contact the station.`,
    },
    email: true,
    sms: true,
  },
  STATION_REQUEST_ASSIGNED: {
    'zh-CN': {
      title: () => '服务需求已分派',
      body: (p) => `服务需求“${s(p.description)}”已分派给志愿者 ${s(p.volunteer)}。`,
    },
    en: {
      title: () => 'Service request assigned',
      body: (p) => `The service request "${s(p.description)}" was assigned to ${s(p.volunteer)}.`,
    },
    email: true,
    sms: false,
    link: () => '/work/requests',
  },
  PAIRING_PROPOSED: {
    'zh-CN': {
      title: () => '有一项结对待您确认',
      body: (p) => `${s(p.proposer)} 提出了一项结对帮扶（${s(p.parties)}），请确认。`,
    },
    en: {
      title: () => 'A pairing awaits your confirmation',
      body: (p) => `${s(p.proposer)} proposed a pairing (${s(p.parties)}). Please confirm it.`,
    },
    email: true,
    sms: false,
    link: (p) => (p.pairingId ? `/work/pairings/${s(p.pairingId)}` : null),
  },
  PAIRING_ACCEPTED: {
    'zh-CN': {
      title: () => '结对已确认',
      body: (p) => `结对帮扶（${s(p.parties)}）已由 ${s(p.acceptedBy)} 确认，自 ${s(p.startedOn)} 起生效。`,
    },
    en: {
      title: () => 'Pairing accepted',
      body: (p) => `The pairing (${s(p.parties)}) was accepted by ${s(p.acceptedBy)}; it runs from ${s(p.startedOn)}.`,
    },
    email: true,
    sms: false,
    link: (p) => (p.pairingId ? `/work/pairings/${s(p.pairingId)}` : null),
  },
  PAIRINGS_OVERDUE: {
    'zh-CN': {
      title: (p) => `${s(p.count)} 项结对已超过 ${s(p.days)} 天未走访`,
      body: (p) => `本周有 ${s(p.count)} 项结对超过 ${s(p.days)} 天未走访：${s(p.list)}`,
    },
    en: {
      title: (p) => `${s(p.count)} pairings without a visit for over ${s(p.days)} days`,
      body: (p) => `This week ${s(p.count)} pairings have had no visit for over ${s(p.days)} days: ${s(p.list)}`,
    },
    email: true,
    sms: false,
    link: () => '/work/pairings',
  },
  HOUR_REPORT_DECIDED: {
    'zh-CN': {
      title: (p) => `时长申报${approved(p) ? '已通过' : '未通过'}`,
      body: (p) =>
        `您申报的 ${s(p.minutes)} 分钟服务时长（${s(p.date)}）${approved(p) ? '已通过审核' : '未通过审核'}。${p.note ? `说明：${s(p.note)}` : ''}`,
    },
    en: {
      title: (p) => `Hour report ${approved(p) ? 'approved' : 'rejected'}`,
      body: (p) =>
        `Your report of ${s(p.minutes)} minutes (${s(p.date)}) was ${approved(p) ? 'approved' : 'rejected'}.${p.note ? ` Note: ${s(p.note)}` : ''}`,
    },
    email: true,
    sms: false,
    link: () => '/work/my-service',
  },
  HOUR_CORRECTION_DECIDED: {
    'zh-CN': {
      title: (p) => `时长更正${approved(p) ? '已通过' : '未通过'}`,
      body: (p) =>
        `您对“${s(p.event)}”的时长更正（${s(p.from)} → ${s(p.to)} 分钟）${approved(p) ? '已通过' : '未通过'}。${p.note ? `说明：${s(p.note)}` : ''}`,
    },
    en: {
      title: (p) => `Hour correction ${approved(p) ? 'approved' : 'rejected'}`,
      body: (p) =>
        `Your correction for "${s(p.event)}" (${s(p.from)} → ${s(p.to)} minutes) was ${approved(p) ? 'approved' : 'rejected'}.${p.note ? ` Note: ${s(p.note)}` : ''}`,
    },
    email: true,
    sms: false,
    link: () => '/work/my-service',
  },
};

export interface Rendered {
  title: string;
  body: string;
  link: string | null;
}

export function render(kind: NotificationKind, payload: Payload, locale: Locale): Rendered {
  const spec = KINDS[kind];
  const t = spec[locale] ?? spec['zh-CN'];
  return { title: t.title(payload), body: t.body(payload), link: spec.link?.(payload) ?? null };
}

export const asLocale = (v: string | null | undefined): Locale => (v === 'en' ? 'en' : 'zh-CN');
