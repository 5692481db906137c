// The viewer's own inbox and channel choices. Every read and write is keyed by the viewer's account:
// a notification is personal, so no role sees another person's.
import { publishInboxChanged } from '../../live/changes';
import type { Context } from '../../context/context';
import { OrderDirection, paginate, type PageArgs } from '../../common/pagination';
import { dbId } from '../../common/node';
import { Problems } from '../../common/errors';
import { MOBILE_NUMBER } from '../../common/identity';
import { maskPhone } from '../../common/mask';
import { AuditService } from '../audit/audit.service';
import { Notification } from './notification.entity';
import { KINDS, NotificationKind } from './notification-kinds';
import type { NotificationContactInput, NotificationKindPreference, NotificationSettings } from './notification.inputs';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class NotificationService {
  private readonly audit = new AuditService();

  list(ctx: Context, page: PageArgs, unreadOnly: boolean) {
    const qb = ctx.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.accountId = :me AND n.inApp', { me: ctx.viewer!.accountId });
    if (unreadOnly) qb.andWhere('n.readAt IS NULL');
    return paginate(qb, page, {
      key: { sql: 'n.createdAt', property: 'createdAt', type: 'timestamptz' },
      direction: OrderDirection.DESC,
    });
  }

  async unreadCount(ctx: Context): Promise<number> {
    const [{ n }] = await ctx.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM notification WHERE account_id = $1 AND in_app AND read_at IS NULL`,
      [ctx.viewer!.accountId],
    );
    return n;
  }

  /** Marks the given (or all) of the viewer's notifications read; returns how many stay unread. */
  async markRead(ctx: Context, ids: string[] | null | undefined, all: boolean): Promise<number> {
    const p = new Problems();
    p.check(!all && !ids?.length, 'ids', 'required');
    p.check((ids?.length ?? 0) > 100, 'ids', 'outOfRange', { min: 1, max: 100 });
    p.throwIfAny();
    const dbIds = all ? [] : ids!.map((id, i) => dbId(id, 'Notification', `ids.${i}`));
    await ctx.db.transaction(async (m) => {
      const marked = await m.query<Array<{ id: string }>>(
        `WITH marked AS (
           UPDATE notification SET read_at = $2
            WHERE account_id = $1 AND read_at IS NULL AND ($3 OR id = ANY($4::bigint[])) RETURNING id)
         SELECT id::text FROM marked`,
        [ctx.viewer!.accountId, ctx.now(), all, dbIds],
      );
      await this.audit.write(ctx, m, {
        action: 'MARK_NOTIFICATIONS_READ',
        recordType: 'Notification',
        after: { all, count: marked.length },
      });
      // The viewer's other tabs and devices refetch their bell.
      publishInboxChanged(ctx.viewer!.accountId, m);
    });
    return this.unreadCount(ctx);
  }

  async settings(ctx: Context): Promise<NotificationSettings> {
    const me = ctx.viewer!.accountId;
    const [contact] = await ctx.db.query<Array<{ email: string | null; mobile: string | null; locale: string }>>(
      `SELECT c.email, COALESCE(c.mobile, (SELECT v.phone FROM role_assignment ra JOIN volunteer v ON v.id = ra.volunteer_id
                                             WHERE ra.account_id = $1 ORDER BY ra.id LIMIT 1)) AS mobile,
              COALESCE(c.locale, 'zh-CN') AS locale
         FROM (SELECT $1::bigint AS account_id) me LEFT JOIN notification_contact c ON c.account_id = me.account_id`,
      [me],
    );
    const chosen = await ctx.db.query<Array<{ kind: NotificationKind; email: boolean; sms: boolean }>>(
      `SELECT kind, email, sms FROM notification_preference WHERE account_id = $1`,
      [me],
    );
    const byKind = new Map(chosen.map((c) => [c.kind, c]));
    const kinds: NotificationKindPreference[] = Object.values(NotificationKind).map((kind) => {
      const spec = KINDS[kind];
      const c = byKind.get(kind);
      return { kind, email: c?.email ?? spec.email, sms: c?.sms ?? spec.sms, mandatory: spec.mandatory ?? false };
    });
    return { email: contact.email, mobile: maskPhone(contact.mobile), locale: contact.locale, kinds };
  }

  async setPreference(ctx: Context, kind: NotificationKind, email: boolean, sms: boolean) {
    const me = ctx.viewer!.accountId;
    await ctx.db.transaction(async (m) => {
      const [before] = await m.query<Array<{ email: boolean; sms: boolean }>>(
        `SELECT email, sms FROM notification_preference WHERE account_id = $1 AND kind = $2 FOR UPDATE`,
        [me, kind],
      );
      await m.query(
        `INSERT INTO notification_preference (account_id, kind, email, sms) VALUES ($1, $2, $3, $4)
         ON CONFLICT (account_id, kind) DO UPDATE SET email = excluded.email, sms = excluded.sms`,
        [me, kind, email, sms],
      );
      await this.audit.write(ctx, m, {
        action: 'SET_NOTIFICATION_PREFERENCE',
        recordType: 'UserAccount',
        recordId: me,
        before: before ? { kind, ...before } : null,
        after: { kind, email, sms },
      });
    });
    return (await this.settings(ctx)).kinds.find((k) => k.kind === kind)!;
  }

  async setContact(ctx: Context, input: NotificationContactInput): Promise<NotificationSettings> {
    const p = new Problems();
    const email = input.email?.trim() || null;
    const mobile = input.mobile?.replace(/[\s-]/g, '') || null;
    if (email) p.check(!EMAIL.test(email), 'input.email', 'invalid');
    if (mobile) p.check(!MOBILE_NUMBER.test(mobile), 'input.mobile', 'phoneInvalid');
    if (input.locale != null) p.check(input.locale !== 'zh-CN' && input.locale !== 'en', 'input.locale', 'invalid');
    p.throwIfAny();
    const me = ctx.viewer!.accountId;
    await ctx.db.transaction(async (m) => {
      const [before] = await m.query<Array<{ email: string | null; phone: string | null; locale: string }>>(
        `SELECT email, mobile AS phone, locale FROM notification_contact WHERE account_id = $1 FOR UPDATE`,
        [me],
      );
      // A field left out keeps what was set: the panel cannot send back a mobile it only ever sees masked.
      const after = {
        email: input.email === undefined ? (before?.email ?? null) : email,
        mobile: input.mobile === undefined ? (before?.phone ?? null) : mobile,
        locale: input.locale ?? before?.locale ?? 'zh-CN',
      };
      await m.query(
        `INSERT INTO notification_contact (account_id, email, mobile, locale) VALUES ($1, $2, $3, $4)
         ON CONFLICT (account_id) DO UPDATE SET email = excluded.email, mobile = excluded.mobile, locale = excluded.locale`,
        [me, after.email, after.mobile, after.locale],
      );
      // `phone` is the key the audit log masks.
      await this.audit.write(ctx, m, {
        action: 'SET_NOTIFICATION_CONTACT',
        recordType: 'UserAccount',
        recordId: me,
        before: before ?? null,
        after: { email: after.email, phone: after.mobile, locale: after.locale },
      });
    });
    return this.settings(ctx);
  }
}
