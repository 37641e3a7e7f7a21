// The API contract: /openapi.json lints clean with Redocly's recommended rules (0 errors, 0 warnings), every
// operation states what a client generator and a partner need, and the committed generated client types
// match the document. A new route without its contract fails here.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../prisma/engine/project-root.ts';
import { CLIENT_TYPES_FILE, generateClientTypes } from '../../api/openapi/generate-client-types.ts';
import { staticDocument } from '../../api/openapi/static-document.ts';
import { createTestApp } from '../helpers/test-app.ts';

interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { $ref?: string; name?: string }[];
  requestBody?: { content: Record<string, { example?: unknown; schema?: { $ref?: string; example?: unknown } }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: { $ref?: string } }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { example?: unknown }>; responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> };
  servers?: unknown[];
  info: { license?: { name?: string } };
}

let t: Awaited<ReturnType<typeof createTestApp>>;
let doc: Document;
beforeAll(async () => {
  t = await createTestApp();
  doc = (await (await t.app.request('/openapi.json')).json()) as Document;
}, 120_000);
afterAll(() => t.close());

const operations = () => Object.entries(doc.paths).flatMap(([p, item]) => Object.entries(item).map(([method, op]) => ({ where: `${method.toUpperCase()} ${p}`, path: p, method, op })));

describe('/openapi.json', () => {
  it('lints clean with @redocly/cli recommended rules: 0 errors, 0 warnings', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'openapi-lint-'));
    const file = path.join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(doc));
    const cli = projectPath('node_modules', '@redocly', 'cli', 'bin', 'cli.js');
    // exit code 1 on problems: read the JSON report either way
    const run = await promisify(execFile)(process.execPath, [cli, 'lint', file, '--format=json', '--extends=recommended'], { env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }, maxBuffer: 16 * 1024 * 1024 }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    const report = JSON.parse(run.stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string; location: { pointer: string }[] }[] };
    expect(report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it('gives every operation a unique operationId, a summary, tags and its security (or [] when public)', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(50);
    const ids = ops.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id)), ids.join(',')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { where, op } of ops) {
      expect(op.summary, where).toBeTruthy();
      expect(op.tags?.length, where).toBe(1);
      expect(Array.isArray(op.security), where).toBe(true);
    }
    const publicOps = ops.filter((o) => o.op.security!.length === 0).map((o) => o.where).sort();
    // the two gateways' callbacks are public by nature: Meta's verification echoes a shared token, Midtrans signs
    // inside its body (signature_key), which no header scheme describes; both are checked by their handler
    expect(publicOps).toEqual(['GET /api/v1/categories', 'GET /api/v1/products', 'GET /api/v1/products/{id}', 'GET /api/v1/regions', 'GET /health', 'GET /whatsapp/webhook', 'POST /payments/midtrans/notification']);
  });

  it('documents every error with the one Error shape: 429 on every /api route, 401 with a token, 400/413/415 with a body, 500', () => {
    const errorRef = '#/components/schemas/Error';
    const schemaOf = (r: Operation['responses'][string]) => {
      const resolved = r.$ref ? doc.components.responses![r.$ref.split('/').pop()!]! : r;
      return resolved.content?.['application/json']?.schema?.$ref;
    };
    for (const { where, path: p, op } of operations()) {
      const statuses = Object.keys(op.responses);
      // /health answers its own report when the database is down (503), every other error the Error shape
      for (const status of statuses.filter((s) => Number(s) >= 400 && !(p === '/health' && s === '503'))) expect(schemaOf(op.responses[status]!), `${where} ${status}`).toBe(errorRef);
      expect(statuses, where).toContain('500');
      if (p.startsWith('/api/')) expect(statuses, where).toContain('429');
      if (op.security!.length > 0) expect(statuses, where).toContain('401');
      if (op.requestBody) expect(statuses, where).toEqual(expect.arrayContaining(['400', '413', '415']));
    }
  });

  it('has an example for every JSON request body, and Idempotency-Key on every creating POST', () => {
    for (const { where, method, op } of operations()) {
      const media = op.requestBody?.content['application/json'];
      if (media) {
        const ref = media.schema?.$ref?.split('/').pop();
        const example = media.example ?? media.schema?.example ?? (ref ? doc.components.schemas[ref]?.example : undefined);
        expect(example, `${where}: request body example`).toBeDefined();
      }
      if (method === 'post' && op.responses['201']) expect(op.parameters?.some((p) => p.$ref === '#/components/parameters/IdempotencyKey'), where).toBe(true);
    }
  });

  it('states its servers and licence', () => {
    expect(doc.servers?.length).toBeGreaterThan(0);
    expect(doc.info.license?.name).toBeTruthy();
  });

  it('is the same document the generated client is built from', () => {
    expect(staticDocument()).toEqual(doc);
  });

  it('has its generated client types committed and up to date (npm run api:client)', async () => {
    const committed = await readFile(projectPath(CLIENT_TYPES_FILE), 'utf8');
    expect(committed === (await generateClientTypes()), `${CLIENT_TYPES_FILE} is stale: run npm run api:client`).toBe(true);
  });
});
