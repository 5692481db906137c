import type { MessageSchema } from './zh-CN';

export const en: MessageSchema = {
  app: {
    name: 'Tongxin',
    tagline: 'Volunteer Services for Disabled People',
    skipToMain: 'Skip to main content',
    language: 'Language',
    localeName: 'English',
    footer: "City Disabled Persons' Federation · Volunteer Services",
  },
  home: {
    title: 'Home',
    heading: 'Welcome to Tongxin',
    intro:
      "Tongxin is the city Disabled Persons' Federation's volunteer-services hub. It connects the federation, partner organisations, volunteer teams and community service stations, so that disabled people and their households can find and choose the services they need.",
    featuresHeading: 'What the hub does',
    features: {
      network: 'Runs the four-level volunteer network (city, district, sub-district, community) and its service stations',
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
  notFound: {
    title: 'Page not found',
    heading: 'Page not found',
    body: 'The page you asked for does not exist or has moved.',
    backHome: 'Back to the home page',
  },
};
