import type { publicMessages as source } from '../zh-CN/public';

export const publicMessages: typeof source = {
  home: {
    title: 'Home',
    heading: 'Welcome to Tongxin',
    intro:
      "Tongxin is the city Disabled Persons' Federation's volunteer-services hub. It connects the federation, partner organisations, volunteer teams and community service stations, so that disabled people and their households can find and choose the services they need.",
    doorsHeading: 'You can',
    doors: {
      board: {
        title: 'Find a service station',
        body: 'Search community stations by district and service: their hours, services and phone number.',
      },
      campaigns: {
        title: 'See our campaigns',
        body: 'Joint campaigns on Learn from Lei Feng Day, National Help-the-Disabled Day and other theme days.',
      },
      register: { title: 'Become a volunteer', body: 'Fill in the volunteer registration form.' },
      request: { title: 'Request a service', body: 'Tell us what help you need and a station will call you back.' },
    },
    featuresHeading: 'What the hub does',
    features: {
      network:
        'Runs the four-level volunteer network (city, district, sub-district, community) and its service stations',
      volunteers: 'Online volunteer registration and training, with recorded service hours and star ratings',
      events: 'Service events and joint theme-day campaigns, with person-times served',
      pairings: '"One helps one" pairings and home visits',
    },
    status: {
      label: 'Service status',
      checking: 'Checking the service…',
      ok: 'Service is up',
      error: 'Cannot reach the service; please try again later',
      retry: 'Check again',
    },
  },
};
