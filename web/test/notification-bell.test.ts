// The bell in the work header: its accessible name carries the unread count, and a rise in the count (the
// hub said the inbox changed and the count was read again) is announced politely; the first count is not news.
import { afterEach, describe, expect, it } from 'vitest';
import NotificationBell from '../src/components/layout/notification-bell.vue';
import { UnreadNotificationCountDocument } from '../src/graphql/notifications';
import { mountWith, settled, setup, viewerWith } from './helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

const count = (n: number) => ({
  request: { query: UnreadNotificationCountDocument },
  result: { data: { __typename: 'Query' as const, unreadNotificationCount: n } },
});

describe('the notification bell', () => {
  it('names the unread count, announces a rise, and says when none is unread', async () => {
    const s = setup([count(3)], viewerWith([]));
    const w = await mountWith(NotificationBell, s);
    const link = w.find('a[data-bell]');
    expect(link.attributes('aria-label')).toBe('通知，3 条未读');
    expect(w.find('[data-bell-count]').text()).toBe('3');
    const news = w.find('[data-bell-news]');
    expect(news.attributes('aria-live')).toBe('polite');
    expect(news.text()).toBe('');

    s.apollo.writeQuery({
      query: UnreadNotificationCountDocument,
      data: { __typename: 'Query' as const, unreadNotificationCount: 5 },
    });
    await settled();
    expect(link.attributes('aria-label')).toBe('通知，5 条未读');
    expect(news.text()).toBe('收到 2 条新通知');

    s.apollo.writeQuery({
      query: UnreadNotificationCountDocument,
      data: { __typename: 'Query' as const, unreadNotificationCount: 0 },
    });
    await settled();
    expect(link.attributes('aria-label')).toBe('通知，没有未读');
    expect(w.find('[data-bell-count]').exists()).toBe(false);
    // A fall is not news: the last announcement stays as it was.
    expect(news.text()).toBe('收到 2 条新通知');
  });
});
