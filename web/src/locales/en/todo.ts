import type { todoMessages as source } from '../zh-CN/todo';

export const todoMessages: typeof source = {
  todo: {
    title: 'To do',
    lead: 'What waits for you, newest first; each item opens the page where it is done.',
    none: 'Nothing waits for you now.',
    countsLabel: 'To-do by kind',
    caption: 'To-do items ({count})',
    menuCount: '{count} to do',
    at: 'Since',
    kind: 'Kind',
    item: 'Item',
    open: 'Open',
    more: 'Load more',
    kinds: {
      REGISTRATION: 'Volunteer registrations to approve',
      INVITATION: 'Campaign invitations to answer',
      PAIRING_TO_CONFIRM: 'Pairings to confirm',
      HOURS_TO_VERIFY: 'Hours to verify',
      HOUR_REPORT: 'Hour reports to review',
      HOUR_CORRECTION: 'Hour corrections to review',
      REQUEST_TO_ASSIGN: 'Service requests to assign',
      OVERDUE_PAIRING: 'Pairings overdue for a visit',
    },
  },
};
