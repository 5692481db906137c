import { describe, expect, it, vi } from 'vitest';
import { ApolloLink, Observable, execute, gql, type FetchResult } from '@apollo/client/core';
import { refreshLink } from '../src/apollo/client';

const query = gql`
  query Volunteers {
    volunteers(first: 1) {
      totalCount
    }
  }
`;
const unauthenticated: FetchResult = {
  errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] as never,
};
const ok: FetchResult = { data: { volunteers: { totalCount: 3 } } };

/** A server that answers UNAUTHENTICATED to the old token and data to the new one, recording what it saw. */
function fakeServer(seen: string[]) {
  return new ApolloLink((operation) => {
    const auth = (operation.getContext().headers as Record<string, string> | undefined)?.authorization ?? '';
    seen.push(auth);
    return Observable.of(auth === 'Bearer new' ? ok : unauthenticated);
  });
}

function run(link: ApolloLink): Promise<FetchResult[]> {
  return new Promise((resolve, reject) => {
    const results: FetchResult[] = [];
    execute(link, { query }).subscribe({
      next: (r) => results.push(r),
      error: reject,
      complete: () => resolve(results),
    });
  });
}

function chain(token: { value: string | null }, refresh: () => Promise<boolean>, seen: string[]) {
  const auth = new ApolloLink((operation, forward) => {
    operation.setContext({
      hadToken: !!token.value,
      headers: token.value ? { authorization: `Bearer ${token.value}` } : {},
    });
    return forward(operation);
  });
  return ApolloLink.from([refreshLink({ token: () => token.value, refresh }), auth, fakeServer(seen)]);
}

describe('refresh on UNAUTHENTICATED', () => {
  it('refreshes once and sends the same operation again with the new token', async () => {
    const token = { value: 'old' as string | null };
    const refresh = vi.fn(async () => {
      token.value = 'new';
      return true;
    });
    const seen: string[] = [];
    const results = await run(chain(token, refresh, seen));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['Bearer old', 'Bearer new']);
    expect(results).toEqual([ok]); // the caller never sees the first failure
  });

  it('hands back the original error when the session cannot be refreshed', async () => {
    const token = { value: 'old' as string | null };
    const refresh = vi.fn(async () => false);
    const seen: string[] = [];
    const results = await run(chain(token, refresh, seen));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(1);
    expect(results).toEqual([unauthenticated]);
  });

  it('does not loop: a second UNAUTHENTICATED after refreshing is returned as it is', async () => {
    const token = { value: 'old' as string | null };
    const refresh = vi.fn(async () => true); // "refreshed", but the server still refuses the token
    const seen: string[] = [];
    const results = await run(chain(token, refresh, seen));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(2);
    expect(results).toEqual([unauthenticated]);
  });

  it('does not try to refresh when no token was sent (anonymous visitor)', async () => {
    const token = { value: null as string | null };
    const refresh = vi.fn(async () => true);
    const results = await run(chain(token, refresh, []));
    expect(refresh).not.toHaveBeenCalled();
    expect(results).toEqual([unauthenticated]);
  });
});
