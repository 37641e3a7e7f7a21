# syntax=docker/dockerfile:1
# Etalase NTT: the server image (docs/operations.md, "Deploying").
#
#   docker build -t etalase-ntt .
#   docker run -p 3000:3000 -v etalase-data:/data etalase-ntt            # embedded database, one process
#   docker compose up -d --build                                         # PostgreSQL, MinIO, two processes, Caddy
#
# Two stages. "build" installs the run-time dependencies (npm ci --omit=dev: its postinstall generates the
# Prisma client offline; esbuild comes with tsx, a run-time dependency, so the build needs nothing more) and
# builds the server into dist/. "runtime" takes that folder as it is, owned by root, and runs it as an
# unprivileged user: the code cannot be written by the process, the data live in the /data volume. The npm
# cache stays behind in the build stage. tests/server/ops/deploy-files.test.ts runs this file's build and
# start commands in a clean copy of the project.
ARG NODE_IMAGE=node:20-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# whatsapp-web.js brings puppeteer, whose postinstall would download a Chrome of its own (.puppeteerrc.cjs)
ENV PUPPETEER_SKIP_DOWNLOAD=true
COPY package.json package-lock.json .puppeteerrc.cjs prisma.config.ts ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma/schema.prisma prisma/
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund
COPY . .
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
# Extra Debian packages, e.g. --build-arg APT_PACKAGES="chromium fonts-noto-color-emoji" for WhatsApp Web
# (whatsapp-web.js drives a Chromium; one process only). The Cloud API transport needs none.
ARG APT_PACKAGES=""
RUN if [ -n "$APT_PACKAGES" ]; then apt-get update && apt-get install -y --no-install-recommends $APT_PACKAGES && rm -rf /var/lib/apt/lists/*; fi \
 && groupadd --system --gid 10001 etalase \
 && useradd --system --uid 10001 --gid etalase --home-dir /home/etalase --create-home --shell /usr/sbin/nologin etalase \
 && mkdir -p /data/media && chown -R etalase:etalase /data
WORKDIR /app
COPY --from=build /app /app
# package.json's start script, without npm in between (node is PID 1 and gets SIGTERM itself): the same
# malloc settings and heap flags (a test compares them); with WhatsApp Web add `--init` to `docker run` so
# Chromium's children are reaped. The running-server list goes to /tmp, since /app is read-only; npm (for
# `docker compose exec app1 npm run admin -- …`) keeps its cache there too.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data \
    ETALASE_RUN_DIR=/tmp/etalase-run \
    NPM_CONFIG_CACHE=/tmp/npm-cache \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    MALLOC_ARENA_MAX=2 \
    MALLOC_MMAP_THRESHOLD_=32768 \
    MALLOC_TRIM_THRESHOLD_=32768
USER etalase
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--max-old-space-size=192", "--max-semi-space-size=4", "scripts/start.mjs"]
