import type { sessionMessages as source } from '../zh-CN/session';

export const sessionMessages: typeof source = {
  session: {
    login: 'Log in',
    logout: 'Log out',
    signedInAs: 'Signed in as {name}',
    expiredTitle: 'Your session has ended',
    expiredBody:
      'For your safety your session has ended. Log in again: this page and anything you typed stay as they are.',
  },
  login: {
    title: 'Log in',
    heading: 'Staff log in',
    intro: 'Federation, partner and station staff and volunteers: log in with the account you were given.',
    username: 'Username, mobile or identity number',
    password: 'Password',
    usernameMissing: 'Enter your username, mobile number or identity number.',
    passwordMissing: 'Enter your password.',
    submit: 'Log in',
    submitting: 'Logging in…',
  },
  forbidden: {
    title: 'Not allowed',
    heading: 'You may not open this page',
    body: 'Your current role does not allow this page. Ask your organisation administrator if you need access.',
    back: 'Back to your workspace',
  },
  notFound: {
    title: 'Page not found',
    heading: 'Page not found',
    body: 'The page you asked for does not exist or has moved.',
    backHome: 'Back to the home page',
  },
};
