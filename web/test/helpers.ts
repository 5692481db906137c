// Mounting pages and components with the app's plugins: Pinia, i18n (zh-CN), a memory router and a mocked Apollo.
import { vi } from 'vitest';
import { mount, flushPromises, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { createRouter, createMemoryHistory } from 'vue-router';
import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { MockLink, type MockedResponse } from '@apollo/client/testing/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import type { Component } from 'vue';
import { i18n, setLocale } from '../src/locales';
import { zhCNWork } from '../src/locales/zh-CN/work';

// Pages are mounted without the route guard that loads the work pages' copy: merge it here.
i18n.global.mergeLocaleMessage('zh-CN', zhCNWork);
import { routes } from '../src/router';
import { possibleTypes } from '../src/graphql/generated/possible-types';
import { useSessionStore, type SessionViewer } from '../src/stores/session';
import { DistrictsDocument } from '../src/graphql/directory';
import { ServiceTypesDocument, SkillsDocument } from '../src/graphql/public';
import type { Permission } from '../src/graphql/generated/graphql';

export const lookupMocks: MockedResponse[] = [
  {
    request: { query: DistrictsDocument },
    result: {
      data: {
        regions: { __typename: 'RegionConnection', nodes: [{ __typename: 'Region', id: 'R1', name: '城关区' }] },
      },
    },
    maxUsageCount: 10,
  },
  {
    request: { query: ServiceTypesDocument },
    result: {
      data: {
        serviceTypes: {
          __typename: 'ServiceTypeConnection',
          nodes: [{ __typename: 'ServiceType', id: 'S1', name: '法律援助', nameEn: 'Legal aid', audience: 'GENERAL' }],
        },
      },
    },
    maxUsageCount: 10,
  },
  {
    request: { query: SkillsDocument },
    result: {
      data: {
        skills: {
          __typename: 'SkillConnection',
          nodes: [
            { __typename: 'Skill', id: 'K1', name: '手语' },
            { __typename: 'Skill', id: 'K2', name: '驾驶' },
          ],
        },
      },
    },
    maxUsageCount: 10,
  },
];

export function viewerWith(permissions: Permission[], displayName = '测试用户'): SessionViewer {
  return { __typename: 'Viewer', id: 'A1', username: 'tester', displayName, permissions, roles: [] };
}

// Operations sent and not yet answered through the test client, so a test can wait until the page is quiet.
const network = { started: 0, inflight: 0 };
const counting = new ApolloLink(
  (operation, forward) =>
    new Observable((observer) => {
      network.started++;
      network.inflight++;
      let done = false;
      const finish = () => {
        if (!done) network.inflight--;
        done = true;
      };
      const sub = forward(operation).subscribe({
        next: (value) => observer.next(value),
        error: (err) => {
          finish();
          observer.error(err);
        },
        complete: () => {
          finish();
          observer.complete();
        },
      });
      return () => {
        finish();
        sub.unsubscribe();
      };
    }),
);

export interface Setup {
  pinia: Pinia;
  router: ReturnType<typeof createRouter>;
  apollo: ApolloClient<unknown>;
}

export function setup(mocks: MockedResponse[] = [], viewer?: SessionViewer): Setup {
  // zh-CN is bundled, so it is applied before setLocale returns; nothing to wait for.
  void setLocale('zh-CN');
  const pinia = createPinia();
  setActivePinia(pinia);
  network.started = 0;
  network.inflight = 0;
  const apollo = new ApolloClient({
    link: counting.concat(new MockLink(mocks, true)),
    cache: new InMemoryCache({ possibleTypes }),
  });
  const session = useSessionStore(pinia);
  session.attach(apollo);
  if (viewer) {
    session.viewer = viewer;
    session.status = 'authenticated';
    session.accessToken = 'token';
  }
  const router = createRouter({ history: createMemoryHistory(), routes });
  return { pinia, router, apollo };
}

export async function mountWith<C extends Component>(
  component: C,
  s: Setup,
  options: ComponentMountingOptions<C> = {},
) {
  const wrapper = mount(component, {
    ...options,
    attachTo: document.body,
    global: {
      plugins: [s.pinia, i18n, s.router],
      provide: { [DefaultApolloClient as symbol]: s.apollo },
      ...options.global,
    },
  });
  await settled();
  return wrapper;
}

/**
 * Until the page is quiet: every operation it sent has been answered and rendered, and one more flush starts
 * nothing new (an answer can start the next query). Waits for that condition, however late a loaded machine
 * answers, instead of a fixed number of rounds.
 */
export async function settled(): Promise<void> {
  await vi.waitFor(
    async () => {
      const started = network.started;
      await flushPromises();
      if (network.inflight > 0 || network.started !== started) throw new Error('the mocked network is still busy');
    },
    { timeout: 5_000, interval: 1 },
  );
}
