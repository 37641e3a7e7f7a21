// npm run chat -- --user NAME [--lang id|en]
// Talks to the bot in the terminal as NAME. Through the running server when there is one (the embedded
// database serves one process), else opening the database itself. Without a terminal (piped input) it reads
// one message per line, prints every reply and exits at end of input.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from '../config/config.ts';
import { translator } from '../../domain/lib/i18n.ts';
import { createLogger } from '../../domain/lib/logger.ts';
import { reachData } from '../runtime/local-access.ts';
import { localClient, unwrap } from '../../api/client/client.ts';
import { createDispatcher } from '../../bot/notify/dispatcher.ts';
import { consoleTurnSchema } from '../../domain/chat/console-turn.ts';
import { createConsoleSession } from '../../bot/channels/console/console-session.ts';

type Turn = (line: string) => Promise<string[]>;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { user: { type: 'string' }, lang: { type: 'string' } }, allowPositionals: true });
  const parsed = consoleTurnSchema.pick({ user: true, lang: true }).safeParse({ user: values.user ?? 'tester', lang: values.lang });
  if (!parsed.success) {
    console.error(`usage: npm run chat -- --user NAME [--lang id|en]  (${parsed.error.issues[0]?.message})`);
    return 2;
  }
  const { user, lang } = parsed.data;
  const config = loadConfig();
  const t = translator(lang ?? 'id');
  const interactive = process.stdin.isTTY === true;
  let turn: Turn;
  let poll: () => Promise<string[]> = async () => [];
  let close = async () => {};

  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const access = await reachData(config, logger);
  if (access.kind === 'server') {
    const { port, secret } = access;
    const server = localClient(port, secret);
    // a pasted megabyte is cut here; the rest still gets the "too long" answer
    turn = async (line) => unwrap(await server.POST('/internal/console.turn', { body: { user, lang, line: line.slice(0, 100_000) } })).lines;
    poll = async () => unwrap(await server.POST('/internal/console.poll', { body: { user, lang } })).lines;
    if (interactive) console.log(t('console:viaServer', { port, dataDir: access.dataDir }));
  } else {
    const runtime = access.rt;
    const session = createConsoleSession(runtime.engine, runtime.channels.console);
    // deliver notifications to console users while this process holds the database
    const dispatcher = createDispatcher({ notifications: runtime.services.repos.notifications, engine: runtime.engine, logger, owner: `${runtime.owner}:chat` });
    turn = async (line) => {
      const { lines } = await session.turn({ user, lang, line });
      await dispatcher.tick();
      return [...lines, ...session.pending(user, lang).lines];
    };
    close = async () => {
      await dispatcher.stop();
      await runtime.close();
    };
    if (interactive) console.log(t('console:direct', { db: runtime.db.kind }));
  }

  if (interactive) console.log(t('console:intro', { user }));
  const rl = createInterface({ input: process.stdin, terminal: interactive, prompt: interactive ? '> ' : '' });
  const print = (lines: string[]) => lines.forEach((l) => console.log(`${l}\n`));
  const timer = interactive ? setInterval(() => void poll().then(print).catch(() => {}), 2_000) : undefined;
  if (interactive) rl.prompt();
  for await (const line of rl) {
    if (!interactive) console.log(`> ${line}`);
    print(await turn(line));
    if (interactive) rl.prompt();
  }
  if (timer) clearInterval(timer);
  await close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `chat failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
