// The WebSocket endpoint for subscriptions (graphql-ws), on the HTTP server's own port and path
// (/graphql). A connection authenticates once with the access token in connectionParams, verified
// exactly as over HTTP, and is closed when that token expires (the client reconnects with a fresh
// one). Operations follow the trusted-documents rule of HTTP; only subscriptions run here.
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import {
  getOperationAST,
  OperationTypeNode,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import { authenticate } from '../auth/authenticate';
import type { AuthRuntime } from '../auth/runtime';
import { loadViewer, type Viewer } from '../auth/viewer';
import { localeOf } from '../common/messages';
import { createContext, type WorkSettings } from '../context/context';
import { scopeTables } from '../modules';
import { PERSISTED_ONLY_MESSAGE, trustedOperation, type TrustedDocuments } from '../schema/trusted-documents';
import type { LiveRuntime } from './bus';
import { CHANGES_TOPIC, type Change } from './changes';

export interface LiveEndpointOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  db: DataSource;
  auth: AuthRuntime;
  log: Logger;
  live: LiveRuntime;
  validationRules: ValidationRule[];
  trusted?: TrustedDocuments;
  now?: () => Date;
  settings?: Partial<WorkSettings>;
}

interface ConnectionState {
  viewer?: Viewer;
  apiKey?: string;
}

/** Close codes: 4403 comes from graphql-ws when onConnect refuses; 4401 is ours, for an expired token or ended session. */
export const TOKEN_EXPIRED = 4401;

const stringParam = (params: Record<string, unknown>, key: string) =>
  typeof params[key] === 'string' ? params[key] : undefined;

const refuse = (message: string, code: string) => [new GraphQLError(message, { extensions: { code } })];

export function attachLiveEndpoint(o: LiveEndpointOptions): { close: () => Promise<void> } {
  const wss = new WebSocketServer({ server: o.httpServer, path: '/graphql' });
  const states = new WeakMap<object, ConnectionState>();
  const server = useServer<Record<string, unknown> | undefined>(
    {
      schema: o.schema,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const token = stringParam(params, 'accessToken');
        const header = stringParam(params, 'authorization') ?? (token ? `Bearer ${token}` : undefined);
        const { viewer, expiresAt } = await authenticate(header, o.db, o.auth);
        // Every subscription needs a login: a connection without a valid token is closed (4403).
        if (!viewer) return false;
        states.set(ctx.extra.socket, { viewer, apiKey: stringParam(params, 'x-api-key') });
        // A logout, a disabled account or changed roles end the connection too: the client reconnects
        // (with a valid token, as the viewer it is now) or, its session ended, stays out.
        const off = o.live.bus.subscribe(CHANGES_TOPIC, (m) => {
          const change = m as Partial<Change>;
          if (change.recordType !== 'UserAccount' || change.recordId !== viewer.accountId) return;
          void loadViewer(o.db, viewer.accountId)
            .then((now) => {
              const same =
                now?.sessionVersion === viewer.sessionVersion &&
                JSON.stringify(now.roles) === JSON.stringify(viewer.roles);
              if (!same) ctx.extra.socket.close(TOKEN_EXPIRED, 'Unauthorized: the session or its roles changed');
            })
            .catch((err: unknown) => o.log.warn({ err }, 'session re-check failed'));
        });
        ctx.extra.socket.once('close', off);
        if (expiresAt) {
          const timer = setTimeout(
            () => ctx.extra.socket.close(TOKEN_EXPIRED, 'Unauthorized: the access token expired'),
            Math.max(0, expiresAt - Date.now()),
          );
          ctx.extra.socket.once('close', () => clearTimeout(timer));
        }
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        const state = states.get(ctx.extra.socket);
        if (!state?.viewer) return refuse('Log in to use this.', 'UNAUTHENTICATED');
        const text = o.trusted
          ? trustedOperation(o.trusted, payload as Parameters<typeof trustedOperation>[1], state.apiKey)
          : { query: payload.query };
        if ('refused' in text)
          return refuse(
            text.refused === 'PERSISTED_QUERY_ONLY' ? PERSISTED_ONLY_MESSAGE : 'PersistedQueryNotFound',
            text.refused,
          );
        let document: DocumentNode;
        try {
          document = parse(text.query);
        } catch (err) {
          return [err as GraphQLError];
        }
        const errors = validate(o.schema, document, [...specifiedRules, ...o.validationRules]);
        if (errors.length) return errors;
        if (getOperationAST(document, payload.operationName)?.operation !== OperationTypeNode.SUBSCRIPTION)
          return refuse(
            'Only subscriptions run over the WebSocket; send queries and mutations over HTTP.',
            'BAD_REQUEST',
          );
        const requestId = randomUUID();
        return {
          schema: o.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: createContext(
            o.db,
            requestId,
            o.log.child({ requestId, ws: true }),
            o.auth,
            scopeTables,
            state.viewer,
            {
              live: o.live,
              now: o.now,
              settings: o.settings,
              locale: localeOf(ctx.extra.request.headers['accept-language']),
            },
          ),
        };
      },
    },
    wss,
    15_000,
  );
  return {
    close: async () => {
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
