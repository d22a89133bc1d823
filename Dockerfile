# syntax=docker/dockerfile:1.10
# Inkwell's container image: one image for the web nodes, the worker and the migrations
# (docs/deploy.md, "Containers"; docs/decisions/0034-node-24-and-container-image.md).
#
#   docker build --build-arg NEXT_DEPLOYMENT_ID=$(git rev-parse --short HEAD) \
#     --secret id=next_actions_key,env=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY -t inkwell .
#
# Default command: apply migrations, then `next start` on 0.0.0.0:$PORT. Worker: `npm run worker`;
# migrations alone: `npm run db:migrate`; first admin: `npm run user:role -- <email> admin`.
# Not built in CI (no container engine on the CI machine): see docs/deploy.md.

ARG NODE_IMAGE=node:24-bookworm-slim

# --- Every dependency, for the build ------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# --- Runtime dependencies only ------------------------------------------------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- The production build, as `npm start` makes it (next build) ---------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The same id on every node of one release (next.config.js deploymentId): browsers holding pages
# of another build reload instead of mixing two builds during a rolling deploy.
ARG NEXT_DEPLOYMENT_ID=""
ENV NEXT_DEPLOYMENT_ID=${NEXT_DEPLOYMENT_ID}
# The server actions key, if given as a build secret, is the one written into the build; the
# running nodes must get the same value in their environment (docs/deploy.md, "Secrets").
RUN --mount=type=secret,id=next_actions_key,env=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY \
    npx next build \
 && rm -rf node_modules .next/cache

# --- Runtime ------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
# next.config.js is read again by `next start`: the deployment id must be the build's.
ARG NEXT_DEPLOYMENT_ID=""
# NODE_OPTIONS: V8 sizes its heap from the machine's memory and, with gigabytes free, lets it
# grow to about four times the live data before a full collection; a 512 MB ceiling makes it
# collect at about 1.4 times instead (docs/performance.md, "Where the memory goes"). The live
# heap of a web node is about 80 MB. Every process of the image gets it; override it at run time.
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    NEXT_DEPLOYMENT_ID=${NEXT_DEPLOYMENT_ID} \
    NODE_OPTIONS=--max-old-space-size=512 \
    PORT=3000 \
    PATH=/app/node_modules/.bin:$PATH

# The migrations, the worker and user:role are TypeScript run by tsx (package.json scripts), a
# development dependency: installed globally at the version the lockfile pins.
COPY package-lock.json /tmp/package-lock.json
RUN npm install -g --no-audit --no-fund \
      "tsx@$(node -p 'require("/tmp/package-lock.json").packages["node_modules/tsx"].version')" \
 && rm /tmp/package-lock.json && npm cache clean --force

# Sources (the tsx scripts import db/, lib/, server/), db/migrations, public/ and the build,
# owned by root: the app cannot rewrite its own code.
COPY --from=build /app ./
COPY --from=prod-deps /app/node_modules ./node_modules
# Writable by the app: Next's page cache (without REDIS_URL) and .data/ (uploads unless
# UPLOAD_DIR points elsewhere; the embedded database if DATABASE_URL is unset).
RUN mkdir -p .next/cache .data/uploads && chown -R node:node .next .data

USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["sh", "-c", "npm run db:migrate && exec next start -H 0.0.0.0 -p \"${PORT:-3000}\""]
