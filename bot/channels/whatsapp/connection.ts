// Keeps the WhatsApp Web session alive. initialize() of whatsapp-web.js can hang for ever (Chromium stuck on
// the page load), so each attempt is timed out; failures and disconnects are retried with exponential
// backoff (destroy, then initialize again), and a 'ready' resets the backoff.
import type { Logger } from '../../../domain/lib/logger.ts';
import type { WhatsAppClientPort } from './client-port.ts';

export type WhatsAppState = 'off' | 'needs_qr' | 'connecting' | 'ready' | 'disconnected';

export interface ReconnectPolicy {
  /** first retry delay; doubles after each failure */
  initialDelayMs: number;
  /** the doubling stops here */
  maxDelayMs: number;
}
export const defaultReconnectPolicy: ReconnectPolicy = { initialDelayMs: 2_000, maxDelayMs: 5 * 60_000 };

export interface ConnectionOptions {
  client: WhatsAppClientPort;
  logger: Logger;
  initTimeoutMs: number;
  reconnect?: Partial<ReconnectPolicy>;
  onQr(qr: string): void;
  /** the QR is stale once the phone is linked */
  onLinked(): void;
}

export interface Connection {
  start(): Promise<void>;
  stop(): Promise<void>;
  state(): WhatsAppState;
}

type InitOutcome = { kind: 'ok' | 'progress' | 'timeout' | 'stopped' } | { kind: 'error'; error: unknown };

export function createConnection(options: ConnectionOptions): Connection {
  const { client, logger, initTimeoutMs } = options;
  const policy = { ...defaultReconnectPolicy, ...options.reconnect };
  let state: WhatsAppState = 'off';
  let stopped = true;
  let failures = 0;
  let generation = 0; // bumped by every attempt and by stop(): a late answer from an older attempt is ignored
  let retryTimer: NodeJS.Timeout | null = null;
  let settleInit: ((outcome: InitOutcome) => void) | null = null;

  function setState(next: WhatsAppState): void {
    if (state === next) return;
    logger.info({ from: state, to: next }, 'whatsapp: connection state');
    state = next;
  }

  async function safeDestroy(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, initTimeoutMs)));
    try {
      await Promise.race([client.destroy(), limit]);
    } catch (error) {
      logger.warn({ err: error }, 'whatsapp: destroy failed');
    } finally {
      clearTimeout(timer);
    }
  }

  function scheduleRetry(reason: string): void {
    if (stopped || retryTimer) return;
    const delayMs = Math.min(policy.initialDelayMs * 2 ** failures, policy.maxDelayMs);
    failures += 1;
    setState('disconnected');
    logger.warn({ reason, delayMs, failures }, 'whatsapp: reconnecting later');
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void attempt(true);
    }, delayMs);
  }

  async function attempt(destroyFirst: boolean): Promise<void> {
    const gen = ++generation;
    setState('connecting');
    if (destroyFirst) await safeDestroy();
    if (stopped || gen !== generation) return;
    const outcome = await new Promise<InitOutcome>((resolve) => {
      let done = false;
      const settle = (result: InitOutcome): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (settleInit === settle) settleInit = null;
        resolve(result);
      };
      const timer = setTimeout(() => settle({ kind: 'timeout' }), initTimeoutMs);
      settleInit = settle;
      client.initialize().then(
        () => settle({ kind: 'ok' }),
        (error: unknown) => settle({ kind: 'error', error }),
      );
    });
    if (stopped || gen !== generation) return;
    if (outcome.kind === 'timeout') scheduleRetry('initialize timed out');
    if (outcome.kind === 'error') {
      logger.error({ err: outcome.error }, 'whatsapp: initialize failed');
      scheduleRetry('initialize failed');
    }
  }

  // Events from the browser count as progress: the QR may wait minutes for a scan and must not be
  // torn down by the init timeout.
  function progressed(): void {
    settleInit?.({ kind: 'progress' });
  }

  client.on('qr', (qr) => {
    if (stopped) return;
    progressed();
    setState('needs_qr');
    options.onQr(qr);
  });
  client.on('authenticated', () => {
    if (stopped) return;
    progressed();
    options.onLinked();
    setState('connecting');
  });
  client.on('ready', () => {
    if (stopped) return;
    progressed();
    failures = 0;
    options.onLinked();
    setState('ready');
  });
  client.on('auth_failure', (message) => {
    if (stopped) return;
    logger.error({ message }, 'whatsapp: authentication failed');
    scheduleRetry('auth_failure');
  });
  client.on('disconnected', (reason) => {
    if (stopped) return;
    logger.warn({ reason }, 'whatsapp: disconnected');
    scheduleRetry(`disconnected: ${String(reason)}`);
  });

  return {
    async start() {
      if (!stopped) return;
      stopped = false;
      failures = 0;
      await attempt(false);
    },
    async stop() {
      stopped = true;
      generation += 1;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      settleInit?.({ kind: 'stopped' });
      await safeDestroy();
      setState('off');
    },
    state: () => state,
  };
}
