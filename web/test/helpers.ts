// Mounting pages and components with the app's plugins: Pinia, i18n (zh-CN), a memory router and a mocked Apollo.
import { mount, flushPromises as flushOnce, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { createRouter, createMemoryHistory } from 'vue-router';
import { ApolloClient, InMemoryCache } from '@apollo/client/core';
import { MockLink, type MockedResponse } from '@apollo/client/testing/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import type { Component } from 'vue';
import { i18n, setLocale } from '../src/locales';
import { routes } from '../src/router';
import { possibleTypes } from '../src/apollo/possible-types';
import { useSessionStore, type SessionViewer } from '../src/stores/session';
import { DistrictsDocument, ServiceTypesDocument } from '../src/graphql/public';
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
];

export function viewerWith(permissions: Permission[], displayName = '测试用户'): SessionViewer {
  return { __typename: 'Viewer', id: 'A1', username: 'tester', displayName, permissions, roles: [] };
}

export interface Setup {
  pinia: Pinia;
  router: ReturnType<typeof createRouter>;
  apollo: ApolloClient<unknown>;
}

export function setup(mocks: MockedResponse[] = [], viewer?: SessionViewer): Setup {
  setLocale('zh-CN');
  const pinia = createPinia();
  setActivePinia(pinia);
  const apollo = new ApolloClient({ link: new MockLink(mocks, true), cache: new InMemoryCache({ possibleTypes }) });
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
  } as ComponentMountingOptions<C>);
  await flushPromises();
  return wrapper;
}

/**
 * Lets mocked network answers arrive and the page re-render. Apollo's mock link answers on a timer,
 * so one flush can be too early on a loaded machine: a few rounds of timers and promises.
 */
export async function flushPromises(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await flushOnce();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
