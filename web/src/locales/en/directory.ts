import type { directoryMessages as source } from '../zh-CN/directory';

export const directoryMessages: typeof source = {
  organisations: {
    title: 'Organisations',
    lead: 'The federation and its partners: social organisations, universities, enterprises and service institutions.',
    name: 'Name',
    kind: 'Kind',
    parent: 'Parent organisation',
    caption: 'Organisations ({count})',
  },
  teams: {
    title: 'Volunteer teams',
    lead: "Each district's volunteer teams.",
    name: 'Team',
    caption: 'Volunteer teams ({count})',
  },
};
