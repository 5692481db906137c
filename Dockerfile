# Tongxin hub: one image serving the GraphQL API and the built web app on :4000.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Manifests first, so dependency layers are reused while only source changes.
COPY package.json package-lock.json ./
COPY server/package.json server/package.json
COPY web/package.json web/package.json
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production PORT=4000
COPY package.json package-lock.json ./
COPY server/package.json server/package.json
COPY web/package.json web/package.json
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# server/src/config.ts finds the web app at server/dist/../../web/dist.
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/web/dist web/dist
# The panel's trusted documents (TRUSTED_DOCUMENTS_FILE's default): required in production.
COPY --from=build /app/web/src/graphql/generated/persisted-documents.json web/src/graphql/generated/persisted-documents.json
USER node
EXPOSE 4000
# The slim image has no curl; Node's own fetch does the probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server/dist/main.js"]
