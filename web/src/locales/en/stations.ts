import type { stationsMessages as source } from '../zh-CN/stations';
import type { stationsWorkMessages as work } from '../zh-CN/stations-work';

// One file per domain in English: it is loaded whole, when first chosen.
export const stationsMessages: typeof source & typeof work = {
  stations: {
    title: 'Stations',
    detailTitle: 'Station',
    lead: 'Community volunteer service stations and what they publish.',
    name: 'Station',
    caption: 'Stations ({count})',
    back: 'Back to stations',
    events: 'Events held at this station',
    requests: "This station's service requests",
  },
  stationBoard: {
    heading: 'Edit the station’s public board',
    lead: 'This is what the public station finder shows. Changes show at once.',
    name: 'Station name',
    address: 'Address',
    hours: 'Opening hours',
    hoursHint: 'For example: 周一至周五 9:00-17:00 (Mon–Fri 9:00–17:00)',
    contactName: 'Contact person',
    contactPhone: 'Contact phone',
    contactPhoneHint: 'A mobile, or a landline with its area code, such as 0931-8123456',
    services: 'Services offered',
    save: 'Save the board',
    saved: 'The board is saved.',
  },
  board: {
    title: 'Find a station',
    heading: 'Community volunteer service stations',
    lead: 'Every station publishes its opening hours, its services and whom to contact. Search by district and service.',
    filtersLabel: 'Find a station',
    district: 'District',
    serviceType: 'Service',
    search: 'Station name contains',
    found: '{count} stations found',
    empty: 'No station matches. Try another district or service.',
    address: 'Address',
    hours: 'Opening hours',
    services: 'Services',
    contact: 'Contact',
  },
};
