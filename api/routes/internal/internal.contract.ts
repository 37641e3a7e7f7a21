// The documented operations of /internal/* (see internal.routes.ts): what the command-line tools send and get
// back. In /openapi.json under the "local" tag, so the tools use the same generated client as everyone else.
import { createRoute, z } from '@hono/zod-openapi';
import { consoleTurnSchema } from '../../../domain/chat/console-turn.ts';
import { anyObject, errorResponses } from '../../../domain/lib/http/error-shape.ts';
import { adminCommandSchema } from '../../../domain/services/admin-commands.ts';

const security = [{ localSecret: [] }];
const tags = ['local'];
const json = <S extends z.ZodType>(schema: S, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <S extends z.ZodType>(schema: S, example: unknown) => ({ body: { required: true, content: { 'application/json': { schema, example } } } });
const refusals = { 400: errorResponses[400], 403: { ...errorResponses[403], description: 'Not a loopback caller' } };

const int = z.number().int();
const seedCounts = z
  .object({
    reference: z.object({ regions: int, categories: int, displayPoints: int }),
    demo: z.object({ users: int, producers: int, products: int, photos: int, flagships: int, licensingCases: int }).optional(),
  })
  .openapi('SeedCounts');

export const linesSchema = z.object({ lines: z.array(z.string()) }).openapi('ConsoleLines');

export const internalContract = {
  consoleTurn: createRoute({
    method: 'post', path: '/console.turn', operationId: 'consoleTurn', tags, security,
    summary: 'One console chat turn as a user: the typed line in, the bot\'s answer as printed lines out',
    request: body(consoleTurnSchema, { user: 'maria', line: 'kopi bajawa', lang: 'id' }),
    responses: { 200: json(linesSchema, 'the answer'), ...refusals },
  }),
  consolePoll: createRoute({
    method: 'post', path: '/console.poll', operationId: 'consolePoll', tags, security,
    summary: 'What was sent to a console user since their last turn (notifications)',
    request: body(consoleTurnSchema.pick({ user: true, lang: true }), { user: 'maria' }),
    responses: { 200: json(linesSchema, 'the pending lines'), ...refusals },
  }),
  seed: createRoute({
    method: 'post', path: '/seed', operationId: 'seed', tags, security,
    summary: 'Seed the reference data, and with demo=true the demo producers and products (idempotent)',
    request: body(z.object({ demo: z.boolean().default(false) }), { demo: true }),
    responses: { 200: json(seedCounts, 'what was seeded'), ...refusals },
  }),
  backup: createRoute({
    method: 'post', path: '/backup', operationId: 'backup', tags, security,
    summary: 'A consistent backup of the embedded database into <DATA_DIR>/backups/',
    request: body(z.object({}), {}),
    responses: { 200: json(z.object({ file: z.string(), bytes: z.number().int() }), 'the backup file'), ...refusals },
  }),
  admin: createRoute({
    method: 'post', path: '/admin', operationId: 'adminCommand', tags, security,
    summary: 'An admin command of npm run admin (invite, token create/revoke/list, users)',
    request: body(adminCommandSchema, { command: 'invite', role: 'CURATOR', regionCodes: ['53.09'], ttlDays: 14 }),
    responses: { 200: json(z.union([anyObject(), z.array(anyObject())]), 'what the command did'), ...refusals },
  }),
};

type Input<K extends keyof typeof internalContract> = z.infer<NonNullable<(typeof internalContract)[K]['request']>['body']['content']['application/json']['schema']>;
type Output<K extends keyof typeof internalContract> = z.infer<(typeof internalContract)[K]['responses'][200]['content']['application/json']['schema']>;

/** What the running server does for each operation (server/wiring/internal-ops.ts). */
export type InternalHandlers = { [K in keyof typeof internalContract]: (input: Input<K>) => Promise<Output<K>> };
