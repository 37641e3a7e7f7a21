// Assembles the HTTP app and the background work of the server process around a runtime.
import { createApp } from '../../api/app.ts';
import { webChatRoutes } from '../../web/chat/webchat.routes.tsx';
import { storefrontRoutes } from '../../web/storefront/storefront.routes.tsx';
import type { WebDeps } from '../../web/web-deps.ts';
import { dashboardRoutes } from '../../web/dashboard/dashboard.routes.tsx';
import type { Runtime } from '../runtime/runtime.ts';
import { createDispatcher } from '../../bot/notify/dispatcher.ts';
import { createWebChatAdapter } from '../../bot/channels/web/adapter.ts';
import { createChannels } from './channels.ts';
import { cachedHealth, healthParts } from './health-figures.ts';
import { internalOps } from './internal-ops.ts';
import { createScheduler, type ScheduledJob } from '../jobs/scheduler.ts';
import { officialJobs } from '../jobs/official-jobs.ts';

export async function buildServer(rt: Runtime, secret: string) {
  const { config, logger } = rt;
  const channels = await createChannels(rt);
  const dispatcher = createDispatcher({ notifications: rt.services.repos.notifications, engine: rt.engine, logger: logger.child({ part: 'outbox' }), owner: rt.owner, pollMs: config.OUTBOX_POLL_MS, strategies: channels.whatsappCloud ? [channels.whatsappCloud.delivery] : [] });

  const jobs: ScheduledJob[] = [
    ...Object.entries(officialJobs(rt.services, rt.owner)).map(([name, run]) => ({ name, everyMs: 10 * 60_000, run })),
    // unpaid orders past their time release their stock; idempotent and safe with two processes
    { name: 'expire-unpaid-orders', everyMs: 60_000, run: (now: Date) => rt.services.orders.expireUnpaid(now) },
    // online payments past their time: the gateway is asked first (a lost notification), then stock goes back
    { name: 'expire-online-payments', everyMs: 60_000, run: (now: Date) => rt.services.payments.expireDue(now) },
    // orders paid online and shipped N days ago without a word from the buyer complete and credit the producer
    { name: 'auto-credit-producers', everyMs: 60 * 60_000, run: (now: Date) => rt.services.payouts.autoComplete(now) },
    { name: 'prune-sign-in-codes', everyMs: 60 * 60_000, run: (now: Date) => rt.services.repos.signInCodes.deleteExpiredBefore(new Date(now.getTime() - 86_400_000)) },
    { name: 'prune-web-sign-ins', everyMs: 60 * 60_000, run: (now: Date) => rt.services.repos.webSignIns.deleteExpiredBefore(new Date(now.getTime() - 86_400_000)) },
    // redelivery filter: Telegram and WhatsApp redeliver within minutes, a week of ids is plenty
    { name: 'prune-processed-inbound', everyMs: 60 * 60_000, run: (now: Date) => rt.services.repos.conversations.pruneProcessed(new Date(now.getTime() - 7 * 86_400_000)) },
    // the API's Idempotency-Key answers past their 24 hours (and leases of processes that died mid-request)
    { name: 'prune-idempotency-records', everyMs: 15 * 60_000, run: (now: Date) => rt.services.repos.idempotency.sweep(now) },
  ];
  const scheduler = createScheduler(jobs, logger.child({ part: 'scheduler' }));
  const cookieSecret = config.SESSION_SECRET ?? secret;
  const web: WebDeps = {
    services: rt.services,
    webChat: createWebChatAdapter({ engine: rt.engine, webChannel: rt.channels.web, secret: cookieSecret }),
    cookieSecret,
    rateLimitPerMinute: config.WEBCHAT_RATE_LIMIT_PER_MINUTE,
    telegramBotToken: config.TELEGRAM_BOT_TOKEN,
    logger: logger.child({ part: 'web' }),
  };
  const app = createApp({
    services: rt.services,
    logger,
    trustProxy: config.trustProxy,
    rateLimitPerMinute: config.API_RATE_LIMIT_PER_MINUTE,
    local: { secret, handlers: internalOps(rt) },
    whatsappQr: channels.whatsapp,
    whatsappCloud: channels.whatsappCloud?.channel ?? null,
    paymentNotificationRateLimitPerMinute: config.PAYMENT_NOTIFICATION_RATE_LIMIT_PER_MINUTE,
    health: cachedHealth(rt.db, healthParts(rt, channels)),
    mount: (app) => {
      if (channels.telegram) app.post('/telegram/webhook', (c) => channels.telegram!.webhook(c));
      app.route('/', storefrontRoutes(web));
      app.route('/', webChatRoutes(web));
      app.route('/', dashboardRoutes({ services: rt.services, cookieSecret: web.cookieSecret, logger: logger.child({ part: 'dashboard' }), rateLimitPerMinute: 20 }));
      app.get('/metrics', async (c) => c.body(await rt.metrics.render(), 200, { 'content-type': rt.metrics.contentType }));
    },
  });

  return {
    app,
    channels,
    async startBackground() {
      dispatcher.start();
      // replies a process committed and then died before sending (reply-outbox.ts)
      rt.engine.pendingReplies.start();
      if (config.SCHEDULER_ENABLED) scheduler.start();
      if (channels.telegram) {
        await channels.telegram.start().catch((error: unknown) => {
          logger.error({ err: error instanceof Error ? error.message : String(error) }, 'Telegram channel not started');
        });
      }
      if (channels.whatsapp) void channels.whatsapp.start();
    },
    async stopBackground() {
      if (channels.telegram) await channels.telegram.stop().catch(() => {});
      if (channels.whatsapp) await channels.whatsapp.stop().catch(() => {});
      await scheduler.stop();
      await channels.whatsappCloud?.channel.idle();
      await rt.engine.stop();
      await dispatcher.stop();
    },
  };
}
