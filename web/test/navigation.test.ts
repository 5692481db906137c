// The menu and the guard against permission sets given as fixtures. Which role holds which permission is the
// server's business (its grants table, checked by its own snapshot); the e2e `roles` test checks each demo
// role's menu against the permissions the real server returns.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import SideMenu from '../src/components/layout/side-menu.vue';
import { menuFor } from '../src/composables/use-navigation';
import { guard } from '../src/router/guard';
import type { Permission } from '../src/graphql/generated/graphql';
import { flushPromises } from '@vue/test-utils';
import { TodoCountsDocument } from '../src/graphql/todo';
import { mountWith, setup, viewerWith } from './helpers';

// Every value of the schema's Permission enum, read from the checked-in schema: a permission added to the
// server needs no edit here.
const schema = buildSchema(readFileSync(path.resolve(process.cwd(), '../schema.graphql'), 'utf8'));
const ALL = (schema.getType('Permission') as GraphQLEnumType).getValues().map((v) => v.name as Permission);
// Pages any logged-in account sees: the to-do list, the inbox, the start page and the public directory of organisations and stations.
const OPEN = ['todo', 'notifications', 'workspace', 'organisations', 'stations'];

const names = (permissions: Permission[]) => menuFor(new Set(permissions)).flatMap((s) => s.items.map((i) => i.name));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the work menu follows the permissions', () => {
  it('lists every page, in section order, for every permission', () => {
    expect(names(ALL)).toEqual([
      'todo',
      'notifications',
      'workspace',
      'dashboard',
      'reports',
      'my-service',
      'organisations',
      'teams',
      'stations',
      'service-types',
      'skills',
      'campaigns',
      'events',
      'hours',
      'training',
      'volunteers',
      'beneficiaries',
      'commendations',
      'pairings',
      'requests',
      'donations',
      'accounts',
      'invitations',
      'audit',
      'imports',
    ]);
  });

  it('reads the permissions from the schema', () => {
    expect(ALL).toContain('READ_AUDIT_LOG');
    expect(ALL).toContain('VOLUNTEER_SELF_SERVICE');
  });

  it('lists only the open pages for an account with no permission', () => {
    expect(names([])).toEqual(OPEN);
  });

  it.each<[Permission, string]>([
    ['READ_DASHBOARD', 'dashboard reports'],
    ['VOLUNTEER_SELF_SERVICE', 'my-service'],
    ['READ_TEAMS', 'teams'],
    ['READ_CAMPAIGNS', 'campaigns'],
    ['READ_EVENTS', 'events'],
    ['MANAGE_EVENTS', 'hours'],
    ['READ_TRAINING', 'training'],
    ['READ_VOLUNTEERS', 'volunteers'],
    ['READ_BENEFICIARIES', 'beneficiaries'],
    ['READ_COMMENDATIONS', 'commendations'],
    ['READ_PAIRINGS', 'pairings'],
    ['READ_SERVICE_REQUESTS', 'requests'],
    ['READ_DONATIONS', 'donations'],
    ['READ_ACCOUNTS', 'accounts invitations'],
    ['MANAGE_SKILLS', 'service-types skills'],
    ['READ_AUDIT_LOG', 'audit'],
  ])('%s alone adds %s and nothing else', (permission, pages) => {
    const menu = names([permission]);
    expect(menu.filter((n) => !OPEN.includes(n))).toEqual(pages.split(' '));
  });

  it('adds nothing for permissions that have no page of their own', () => {
    expect(names(['READ_PARTICIPATIONS', 'READ_PERSONAL_DATA_MASKED', 'REVEAL_PERSONAL_DATA', 'LOG_VISITS'])).toEqual(
      OPEN,
    );
  });

  it('renders only the allowed links, grouped under headed lists', async () => {
    const w = await mountWith(SideMenu, setup([], viewerWith(['READ_DASHBOARD', 'READ_VOLUNTEERS', 'READ_EVENTS'])));
    const links = w.findAll('a[data-menu]').map((a) => a.attributes('data-menu'));
    expect(links).toEqual([
      'todo',
      'notifications',
      'workspace',
      'dashboard',
      'reports',
      'organisations',
      'stations',
      'events',
      'volunteers',
    ]);
    expect(w.find('nav').attributes('aria-label')).toBe('工作菜单');
    const sections = w.findAll('h2').map((h) => h.text());
    expect(sections).toContain('人员');
    expect(sections).not.toContain('系统管理');
  });
});

describe('the to-do counts in the work menu', () => {
  it('shows beside each entry what waits there, and the sum beside the to-do list', async () => {
    const todo = {
      request: { query: TodoCountsDocument },
      result: {
        data: {
          todo: {
            __typename: 'Todo' as const,
            totalCount: 3,
            counts: [
              { __typename: 'TodoCount' as const, kind: 'REGISTRATION' as const, count: 2 },
              { __typename: 'TodoCount' as const, kind: 'HOURS_TO_VERIFY' as const, count: 1 },
              { __typename: 'TodoCount' as const, kind: 'HOUR_REPORT' as const, count: 0 },
            ],
          },
        },
      },
    };
    const w = await mountWith(SideMenu, setup([todo], viewerWith(['READ_VOLUNTEERS', 'READ_EVENTS', 'MANAGE_EVENTS'])));
    await flushPromises();
    const badges: Record<string, string> = {};
    for (const b of w.findAll('[data-todo-count]')) badges[b.attributes('data-todo-count') ?? ''] = b.text();
    expect(badges).toEqual({ todo: '3', volunteers: '2', events: '1' });
    expect(w.find('[data-todo-count="volunteers"]').attributes('aria-label')).toBe('2 项待办');
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

  it('shows the 403 page for a page the permissions do not allow', async () => {
    const without = ALL.filter((p) => p !== 'READ_AUDIT_LOG');
    const { to } = route('/work/audit', setup([], viewerWith(without)));
    expect(await guard(to)).toEqual({ name: 'forbidden', query: { from: '/work/audit' } });
  });

  it('allows a page the permissions allow', async () => {
    const { to } = route('/work/audit', setup([], viewerWith(['READ_AUDIT_LOG'])));
    expect(await guard(to)).toBe(true);
  });

  it('asks for the managing permission on a form page, not the reading one', async () => {
    const reader = route('/work/events/new', setup([], viewerWith(['READ_EVENTS'])));
    expect(await guard(reader.to)).toEqual({ name: 'forbidden', query: { from: '/work/events/new' } });
    const manager = route('/work/events/new', setup([], viewerWith(['MANAGE_EVENTS'])));
    expect(await guard(manager.to)).toBe(true);
  });
});
