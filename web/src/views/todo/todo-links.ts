// Where each kind of to-do is worked on: the list page with its filter (the kind's count links
// there, and the work menu shows the count beside it), and the record's own page for one item.
import type { RouteLocationRaw } from 'vue-router';
import type { TodoKind } from '../../graphql/generated/graphql';

interface KindLinks {
  /** Route name of the menu entry the kind belongs to. */
  menu: string;
  list: RouteLocationRaw;
  item: (targetId: string) => RouteLocationRaw;
}

const page = (name: string, query?: Record<string, string>) => ({ name, ...(query ? { query } : {}) });
const detail = (name: string) => (id: string) => ({ name, params: { id } });

export const TODO_LINKS: Record<TodoKind, KindLinks> = {
  REGISTRATION: {
    menu: 'volunteers',
    list: page('volunteers', { status: 'PENDING' }),
    item: detail('volunteer'),
  },
  INVITATION: { menu: 'campaigns', list: page('campaigns'), item: detail('campaign') },
  PAIRING_TO_CONFIRM: {
    menu: 'pairings',
    list: page('pairings', { status: 'PROPOSED' }),
    item: detail('pairing'),
  },
  OVERDUE_PAIRING: { menu: 'pairings', list: page('pairings', { overdue: 'true' }), item: detail('pairing') },
  HOURS_TO_VERIFY: { menu: 'events', list: page('events'), item: detail('event') },
  HOUR_REPORT: { menu: 'hours', list: page('hours'), item: () => page('hours') },
  HOUR_CORRECTION: { menu: 'hours', list: page('hours'), item: () => page('hours') },
  REQUEST_TO_ASSIGN: {
    menu: 'requests',
    list: page('requests', { status: 'OPEN' }),
    item: () => page('requests', { status: 'OPEN' }),
  },
};
