// The deployment files (issue 28, item 7), tested as far as a machine without Docker allows:
// - compose.yaml: every setting it hands the app processes is one .env.example documents and the server's
//   configuration knows, together they make a valid configuration, the apps sit behind Caddy only, and the
//   pools fit PostgreSQL's max_connections;
// - the Dockerfile: its build and start commands run in a clean copy of the project (what .dockerignore lets
//   into the image), with the code read-only (and, when the test runs as root, as an unprivileged user), and
//   the server answers /health; `npm ci --omit=dev` itself is not run here (37 s offline on this machine,
//   done by hand), but every package the build imports at run time must be a dependency, not a devDependency;
// - the systemd unit: its start command is package.json's, and it may write only the data and build folders.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema, loadConfig } from '../../../server/config/config.ts';
import { composeFile, composeVariables, dockerEnv, dockerfile, dockerIgnored, envFile, interpolate, runCommand, startScript, systemdService } from '../../helpers/deploy-files.ts';
import { freePort, healthyWithin, projectRoot } from '../../helpers/processes.ts';
import { createTestDataDir } from '../../helpers/test-database.ts';

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');
const settingNames = Object.keys(configSchema.shape);
const documented = Object.keys(envFile('.env.example'));
const compose = composeFile();
const docker = dockerfile();
const appServices = Object.entries(compose.services).filter(([, s]) => s.build !== undefined);

describe('compose.yaml', () => {
  it('hands the app processes only settings the server knows, and they make a valid configuration', () => {
    expect(appServices.map(([name]) => name)).toEqual(['app1', 'app2']);
    // what an operator fills in deploy/compose.env.example, plus the secrets it leaves empty
    const vars = { ...envFile('deploy/compose.env.example'), POSTGRES_PASSWORD: 'pw-1', MINIO_ROOT_PASSWORD: 'pw-2-minio', SESSION_SECRET: 'a'.repeat(64) };
    expect(composeVariables().filter((v) => !(v in envFile('deploy/compose.env.example')))).toEqual([]);
    for (const [name, service] of appServices) {
      const names = Object.keys(service.environment ?? {});
      expect(names.filter((n) => !documented.includes(n)), `${name}: not in .env.example`).toEqual([]);
      expect(names.filter((n) => !settingNames.includes(n)), `${name}: not a setting of server/config`).toEqual([]);
      const env = Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, interpolate(String(v ?? ''), vars)]));
      // the image's own ENV (DATA_DIR, PORT, NODE_ENV …) under the service's, as Docker merges them
      const config = loadConfig({ ...dockerEnv(docker, 'runtime'), ...env });
      expect(config).toMatchObject({ databaseKind: 'postgresql', PUBLIC_URL: 'https://etalase.example.go.id', SESSION_SECRET: 'a'.repeat(64), dataDir: '/data', PORT: 3000 });
      expect(new URL(config.DATABASE_URL!).hostname).toBe('postgres');
      // WhatsApp Web holds one phone session: never on two processes
      expect(env.WHATSAPP_TRANSPORT).toBe('cloud');
    }
    // without the secrets compose refuses to start rather than run with none
    expect(() => interpolate(String(appServices[0]![1].environment!.SESSION_SECRET), {})).toThrow(/SESSION_SECRET/);
  });

  it('keeps the apps behind Caddy: no published ports, a data folder each, Caddy sends to both', () => {
    expect(compose.services.postgres?.image).toMatch(/^postgres:15\b/);
    expect(compose.services.minio?.image).toMatch(/minio/);
    expect(compose.services.caddy?.ports).toEqual(expect.arrayContaining(['80:80', '443:443']));
    const dataVolumes = appServices.map(([, s]) => s.volumes?.find((v) => v.endsWith(':/data')));
    for (const [name, s] of appServices) {
      expect(s.ports, name).toBeUndefined();
      expect(Object.keys(s.depends_on ?? {})).toContain('postgres');
    }
    expect(new Set(dataVolumes).size).toBe(appServices.length);
    // the Caddyfile proxies to exactly these services at the port the image listens on
    const caddyfile = read('deploy/caddy/Caddyfile');
    const upstreams = /^\s*reverse_proxy\s+([^{\n]+)/m.exec(caddyfile)?.[1]?.trim().split(/\s+/);
    expect(upstreams).toEqual(appServices.map(([name]) => `${name}:${dockerEnv(docker, 'runtime').PORT}`));
    expect(compose.services.caddy?.volumes).toContain('./deploy/caddy/Caddyfile:/etc/caddy/Caddyfile:ro');
  });

  it("fits every process's database pool, the tools and the superuser reserve into max_connections", () => {
    const command = [compose.services.postgres?.command ?? []].flat().join(' ');
    const maxConnections = Number(/max_connections=(\d+)/.exec(command)?.[1] ?? 100);
    // the pool size: DATABASE_POOL_MAX where the service sets it, else its default, or the fixed size of
    // domain/db/postgres.ts while there is no such setting
    const poolSetting = (configSchema.shape as Record<string, { parse(value: unknown): unknown }>).DATABASE_POOL_MAX;
    const fixed = poolSetting ? Number(poolSetting.parse(undefined)) : Number(/const poolOptions = \{ max: (\d+)/.exec(read('domain/db/postgres.ts'))?.[1]);
    const pools = appServices.map(([, s]) => Number(s.environment?.DATABASE_POOL_MAX ?? fixed));
    expect(pools.every((p) => p > 0)).toBe(true);
    const tools = 10; // npm run admin / db:migrate / db:seed run beside the servers, a few connections each
    const reserved = 3; // superuser_reserved_connections
    expect(pools.reduce((a, b) => a + b, 0) + tools + reserved).toBeLessThanOrEqual(maxConnections);
  });
});

describe('Dockerfile', () => {
  const steps = docker;
  const runtime = steps.filter((s) => s.stage === 'runtime');

  it('installs without devDependencies, builds at image time, runs as a user who cannot write the code', () => {
    const runs = steps.filter((s) => s.keyword === 'RUN').map(runCommand);
    expect(steps.find((s) => s.keyword === 'ARG' && s.text.startsWith('NODE_IMAGE='))?.text).toBe('NODE_IMAGE=node:20-slim');
    expect(runs.filter((r) => /\bnpm ci\b/.test(r)).every((r) => r.includes('--omit=dev'))).toBe(true);
    expect(runs.some((r) => /\bnpm ci\b/.test(r))).toBe(true);
    expect(runs).toContain('npm run build');
    expect(runtime.find((s) => s.keyword === 'USER')?.text).toMatch(/^(?!root$|0$)\S+$/);
    expect(runtime.find((s) => s.keyword === 'VOLUME')?.text).toBe(dockerEnv(steps, 'runtime').DATA_DIR);
    // the code is copied in as root's (COPY without --chown), before USER
    const copy = runtime.findIndex((s) => s.keyword === 'COPY');
    expect(runtime[copy]!.text).not.toMatch(/--chown/);
    expect(copy).toBeLessThan(runtime.findIndex((s) => s.keyword === 'USER'));
  });

  it('starts the server as package.json does: its malloc settings and node flags', () => {
    const start = startScript();
    const cmd = JSON.parse(runtime.find((s) => s.keyword === 'CMD')!.text) as string[];
    expect(cmd).toEqual(['node', ...start.flags, start.entry]);
    expect(dockerEnv(steps, 'runtime')).toMatchObject(start.env);
  });

  it('needs no devDependency at run time: every package the build imports is a dependency', async () => {
    const { buildServer, distDir } = await import('../../../scripts/build.mjs');
    await buildServer();
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const imported = new Set<string>();
    const visit = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) visit(file);
        else if (name.endsWith('.js'))
          for (const m of readFileSync(file, 'utf8').matchAll(/(?:^(?:import|export)\b[^;'"]*?\bfrom\s*|^import\s*|\bimport\(\s*|\brequire\d*\(\s*|\.resolve\(\s*)["']([@a-z0-9][\w@./-]*)["']/gm)) imported.add(m[1]!);
      }
    };
    visit(distDir);
    const packages = [...imported].filter((s) => !s.startsWith('node:') && !builtinModules.includes(s)).map((s) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/'));
    // the ones loaded on demand (createRequire) and resolved for their files are counted too
    expect(packages).toEqual(expect.arrayContaining(['hono', 'grammy', 'pdfkit', 'whatsapp-web.js', 'swagger-ui-dist']));
    expect([...new Set(packages)].filter((p) => !(p in pkg.dependencies))).toEqual([]);
  });
});

describe('systemd unit', () => {
  const unit = systemdService('deploy/systemd/etalase-ntt.service');
  const env = Object.fromEntries(unit.Environment!.flatMap((e) => e.split(/\s+/)).map((kv) => kv.split('=') as [string, string]));

  it('runs the start command of package.json and may write only the data, build and run folders', () => {
    const start = startScript();
    expect(env).toMatchObject(start.env);
    expect(unit.ExecStart![0]).toBe(`/usr/bin/node ${start.flags.join(' ')} ${start.entry}`);
    expect(unit.ExecStartPre).toEqual(['/usr/bin/node scripts/build.mjs']);
    expect(unit.ProtectSystem).toEqual(['strict']);
    expect(unit.ReadWritePaths![0]!.split(/\s+/).sort()).toEqual([env.DATA_DIR, env.BUILD_DIR, env.ETALASE_RUN_DIR].sort());
    expect(unit.User).toEqual(['etalase']);
    expect(unit.MemoryDenyWriteExecute).toBeUndefined(); // V8 needs it off
  });
});

describe('the image and the unit, without Docker or systemd', () => {
  const cleanup: string[] = [];
  afterAll(() => {
    for (const dir of cleanup) {
      spawnSync('chmod', ['-R', 'u+w', dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('build and start from a clean copy with the code read-only, and /health answers', async () => {
    const app = mkdtempSync(path.join(tmpdir(), 'etalase-image-'));
    cleanup.push(app);
    const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: projectRoot, encoding: 'utf8' }).stdout;
    const files = listed.split('\0').filter((f) => f && !dockerIgnored(f) && existsSync(path.join(projectRoot, f)));
    for (const f of files) cpSync(path.join(projectRoot, f), path.join(app, f));
    expect(files).toContain('package.json');
    expect(files.some((f) => f.startsWith('tests/'))).toBe(false);
    // what `npm ci --omit=dev` installs: the project's node_modules stand in (see the top of this file), and
    // the Prisma client its postinstall generates is copied (same schema, same Prisma, same files; `prisma
    // generate` spends ~10 s here waiting on DNS for binaries.prisma.sh)
    symlinkSync(path.join(projectRoot, 'node_modules'), path.join(app, 'node_modules'));
    cpSync(path.join(projectRoot, 'prisma', 'generated'), path.join(app, 'prisma', 'generated'), { recursive: true });
    const run = (argv: string[], options: { uid?: number; env?: Record<string, string> } = {}) => {
      const child = spawn(['node', '/usr/bin/node'].includes(argv[0]!) ? process.execPath : argv[0]!, argv.slice(1), { cwd: app, env: { PATH: process.env.PATH!, ...options.env }, uid: options.uid, gid: options.uid });
      let out = '';
      child.stdout.on('data', (d) => (out += String(d)));
      child.stderr.on('data', (d) => (out += String(d)));
      return { child, log: () => out, done: new Promise<{ code: number | null; out: string }>((resolve) => child.on('exit', (code) => resolve({ code, out }))) };
    };
    // the image: the build stage's RUN steps after the install, in order (the build)
    for (const step of docker.filter((s) => s.keyword === 'RUN' && s.stage === 'build' && !/\bnpm ci\b/.test(s.text))) {
      const result = await run(['sh', '-c', runCommand(step)]).done;
      expect(result.code, `${runCommand(step)}\n${result.out}`).toBe(0);
    }
    // from here the code is read-only (and, as root, the servers run as nobody, for whom it really is)
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    spawnSync('chmod', ['-R', 'a-w', app]);
    chmodSync(app, 0o555);
    // the folders they may write: the image's /data volume (the database migrated already), the unit's
    // state (an initialised cluster without tables, so this start applies every migration), build and run
    const state = mkdtempSync(path.join(tmpdir(), 'etalase-image-state-'));
    cleanup.push(state);
    chmodSync(state, 0o755);
    const dirs = { imageData: path.join(state, 'image-data'), imageRun: path.join(state, 'image-run'), unitData: path.join(state, 'unit-data'), unitBuild: path.join(state, 'unit-build'), unitRun: path.join(state, 'unit-run') };
    cpSync(await createTestDataDir('etalase-image-data-', 'reference'), dirs.imageData, { recursive: true });
    cpSync(await createTestDataDir('etalase-unit-data-', 'empty'), dirs.unitData, { recursive: true });
    for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
    if (uid !== undefined) spawnSync('chown', ['-R', `${uid}:${uid}`, ...Object.values(dirs)]);

    // npm start's prestart in the image (read-only): nothing to build, nothing written
    const prestart = await run(['node', 'scripts/build.mjs'], { uid }).done;
    expect(prestart.out).toMatch(/dist\/ is up to date/);
    // the unit: ExecStartPre builds into BUILD_DIR, the code folder stays as it was
    const unit = systemdService('deploy/systemd/etalase-ntt.service');
    const unitEnv = { ...Object.fromEntries(unit.Environment!.flatMap((e) => e.split(/\s+/)).map((kv) => kv.split('=') as [string, string])), DATA_DIR: dirs.unitData, BUILD_DIR: dirs.unitBuild, ETALASE_RUN_DIR: dirs.unitRun };
    const pre = await run(unit.ExecStartPre![0]!.split(/\s+/), { uid, env: unitEnv }).done;
    expect(pre.out, pre.out).toMatch(new RegExp(`build: ${dirs.unitBuild}/dist made in`));

    const common = { HOST: '127.0.0.1', LOG_LEVEL: 'info', SCHEDULER_ENABLED: 'false', DATABASE_URL: '', TELEGRAM_BOT_TOKEN: '', WHATSAPP_ENABLED: 'false' };
    const imagePort = await freePort();
    const unitPort = await freePort();
    const cmd = JSON.parse(docker.find((s) => s.stage === 'runtime' && s.keyword === 'CMD')!.text) as string[];
    const servers = [
      { port: imagePort, ...run(cmd, { uid, env: { ...dockerEnv(docker, 'runtime'), ...common, DATA_DIR: dirs.imageData, ETALASE_RUN_DIR: dirs.imageRun, PORT: String(imagePort) } }) },
      { port: unitPort, ...run(unit.ExecStart![0]!.split(/\s+/), { uid, env: { ...unitEnv, ...common, PORT: String(unitPort) } }) },
    ];
    try {
      for (const server of servers) {
        expect(await healthyWithin(server.port, 90_000), server.log()).toBe(true);
        const health = (await (await fetch(`http://127.0.0.1:${server.port}/health`)).json()) as { status: string; database: string };
        expect(health).toMatchObject({ status: 'ok', database: 'pglite' });
        // locales, seed data and the API's licence are read from the project folder, wherever the build is
        expect((await fetch(`http://127.0.0.1:${server.port}/api/v1/regions`)).status).toBe(200);
        expect((await fetch(`http://127.0.0.1:${server.port}/docs`)).status).toBe(200);
      }
      // the image's HEALTHCHECK command says the same
      const check = JSON.parse(docker.find((s) => s.keyword === 'HEALTHCHECK')!.text.replace(/^.*?CMD\s+/, '')) as string[];
      const probe = await run(check, { env: { PORT: String(imagePort) } }).done;
      expect(probe.code, probe.out).toBe(0);
    } finally {
      for (const server of servers) server.child.kill('SIGTERM');
    }
    const [image, fromUnit] = await Promise.all(servers.map((s) => s.done));
    for (const result of [image!, fromUnit!]) {
      expect(result.code, result.out).toBe(0);
      expect(result.out).toMatch(/stopped cleanly/);
      expect(result.out).not.toMatch(/EACCES|EROFS|"level":(40|50|60)/);
    }
    // the start-up names the migrations: all of them on the unit's empty database, none on the image's
    const migrations = readdirSync(path.join(projectRoot, 'prisma', 'migrations')).filter((n) => /^\d{14}_/.test(n)).sort();
    expect(fromUnit!.out).toContain(`database migrations applied: ${migrations.join(', ')}`);
    expect(image!.out).toContain(`database schema up to date, no migration to apply (latest: ${migrations.at(-1)})`);
  }, 150_000);
});
