import { afterEach, describe, expect, it } from 'vitest';
import WorkMenu from '../src/components/layout/work-menu.vue';
import { menuFor } from '../src/composables/use-navigation';
import { guard } from '../src/router/guard';
import type { Permission } from '../src/graphql/generated/graphql';
import { mountWith, setup, viewerWith } from './helpers';

// The server's grants table (server/src/auth/permissions.ts), role by role; the e2e suite checks the real one.
const ALL: Permission[] = [
  'READ_TEAMS',
  'READ_VOLUNTEERS',
  'READ_BENEFICIARIES',
  'READ_CAMPAIGNS',
  'READ_EVENTS',
  'READ_PARTICIPATIONS',
  'READ_PAIRINGS',
  'READ_DONATIONS',
  'READ_SERVICE_REQUESTS',
  'READ_TRAINING',
  'READ_COMMENDATIONS',
  'READ_PERSONAL_DATA_MASKED',
  'REVEAL_PERSONAL_DATA',
  'READ_DASHBOARD',
  'READ_ACCOUNTS',
  'MANAGE_ACCOUNTS',
  'READ_AUDIT_LOG',
];
const GRANTS: Record<string, Permission[]> = {
  HUB_ADMIN: ALL,
  ORG_ADMIN: [
    'READ_TEAMS',
    'READ_VOLUNTEERS',
    'READ_BENEFICIARIES',
    'READ_CAMPAIGNS',
    'READ_EVENTS',
    'READ_PARTICIPATIONS',
    'READ_PAIRINGS',
    'READ_DONATIONS',
    'READ_TRAINING',
    'READ_COMMENDATIONS',
    'READ_PERSONAL_DATA_MASKED',
    'REVEAL_PERSONAL_DATA',
    'READ_DASHBOARD',
    'READ_ACCOUNTS',
    'MANAGE_ACCOUNTS',
  ],
  STATION_COORDINATOR: [
    'READ_TEAMS',
    'READ_VOLUNTEERS',
    'READ_BENEFICIARIES',
    'READ_CAMPAIGNS',
    'READ_EVENTS',
    'READ_PARTICIPATIONS',
    'READ_SERVICE_REQUESTS',
    'READ_PERSONAL_DATA_MASKED',
    'READ_DASHBOARD',
  ],
  VOLUNTEER: [
    'READ_VOLUNTEERS',
    'READ_BENEFICIARIES',
    'READ_CAMPAIGNS',
    'READ_EVENTS',
    'READ_PARTICIPATIONS',
    'READ_PAIRINGS',
    'READ_TRAINING',
    'READ_COMMENDATIONS',
    'READ_SERVICE_REQUESTS',
    'READ_PERSONAL_DATA_MASKED',
    'REVEAL_PERSONAL_DATA',
  ],
  VIEWER: ['READ_TEAMS', 'READ_CAMPAIGNS', 'READ_EVENTS', 'READ_TRAINING', 'READ_DASHBOARD'],
};

const names = (permissions: Permission[]) => menuFor(new Set(permissions)).flatMap((s) => s.items.map((i) => i.name));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the work menu follows the permissions', () => {
  it('gives the hub administrator every page', () => {
    expect(names(GRANTS.HUB_ADMIN)).toEqual([
      'workspace',
      'dashboard',
      'organisations',
      'teams',
      'stations',
      'campaigns',
      'events',
      'training',
      'volunteers',
      'beneficiaries',
      'commendations',
      'pairings',
      'requests',
      'donations',
      'accounts',
      'audit',
    ]);
  });

  it('gives the read-only viewer no personal data and no administration', () => {
    expect(names(GRANTS.VIEWER)).toEqual([
      'workspace',
      'dashboard',
      'organisations',
      'teams',
      'stations',
      'campaigns',
      'events',
      'training',
    ]);
  });

  it('gives a volunteer its own records but no dashboard, teams, donations or administration', () => {
    const menu = names(GRANTS.VOLUNTEER);
    expect(menu).toContain('pairings');
    expect(menu).toContain('requests');
    for (const hidden of ['dashboard', 'teams', 'donations', 'accounts', 'audit']) expect(menu).not.toContain(hidden);
  });

  it('gives an organisation administrator accounts but not the audit log or requests', () => {
    const menu = names(GRANTS.ORG_ADMIN);
    expect(menu).toContain('accounts');
    expect(menu).not.toContain('audit');
    expect(menu).not.toContain('requests');
  });

  it('renders only the allowed links, grouped under headed lists', async () => {
    const w = await mountWith(WorkMenu, setup([], viewerWith(GRANTS.STATION_COORDINATOR)));
    const links = w.findAll('a[data-menu]').map((a) => a.attributes('data-menu'));
    expect(links).toEqual([
      'workspace',
      'dashboard',
      'organisations',
      'teams',
      'stations',
      'campaigns',
      'events',
      'volunteers',
      'beneficiaries',
      'requests',
    ]);
    expect(w.find('nav').attributes('aria-label')).toBe('工作菜单');
    const sections = w.findAll('h2').map((h) => h.text());
    expect(sections).toContain('人员');
    expect(sections).not.toContain('系统管理');
  });
});

describe('the route guard, step by step', () => {
  const route = (path: string, s = setup()) => ({ s, to: s.router.resolve(path) });

  it('lets anyone through to public pages', async () => {
    const { to } = route('/stations');
    expect(await guard(to)).toBe(true);
  });

  it('sends someone not logged in to the login page, remembering where they were going', async () => {
    const { to } = route('/work/volunteers?search=王');
    expect(await guard(to)).toEqual({ name: 'login', query: { redirect: '/work/volunteers?search=王' } });
  });

  it('shows the 403 page for a page the roles do not allow', async () => {
    const { to } = route('/work/audit', setup([], viewerWith(GRANTS.VIEWER)));
    expect(await guard(to)).toEqual({ name: 'forbidden', query: { from: '/work/audit' } });
  });

  it('allows a page the roles allow', async () => {
    const { to } = route('/work/audit', setup([], viewerWith(GRANTS.HUB_ADMIN)));
    expect(await guard(to)).toBe(true);
  });
});
