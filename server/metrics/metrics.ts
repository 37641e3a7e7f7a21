// Prometheus metrics (prom-client): chat traffic per channel, handling latency, and gauges read from the
// database at scrape time (outbox backlog, orders by status, curation queue).
import client from 'prom-client';
import type { EngineMetrics } from '../../bot/core/metrics.ts';
import type { NotificationRepository } from '../../domain/repositories/notification.repository.ts';
import type { StatsRepository } from '../../domain/repositories/stats.repository.ts';
import { freshEnough, type FreshEnough } from '../../domain/lib/fresh-enough.ts';

/** how old the database gauges of a scrape may be (scrapes come every 15 s or so; each read costs statements) */
const GAUGES_MAX_AGE_MS = 5_000;

interface Gauges {
  backlog: FreshEnough<Awaited<ReturnType<NotificationRepository['backlog']>>>;
  ordersByStatus: FreshEnough<Awaited<ReturnType<StatsRepository['ordersByStatus']>>>;
  curationQueue: FreshEnough<Awaited<ReturnType<StatsRepository['curationQueue']>>>;
}

export interface MetricsSources {
  notifications: NotificationRepository;
  stats: StatsRepository;
}

export function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'etalase_process_' });
  const messagesIn = new client.Counter({ name: 'etalase_messages_in_total', help: 'Inbound chat messages by channel', labelNames: ['channel'], registers: [registry] });
  const messagesOut = new client.Counter({ name: 'etalase_messages_out_total', help: 'Outgoing chat messages by channel', labelNames: ['channel'], registers: [registry] });
  const duplicates = new client.Counter({ name: 'etalase_messages_duplicate_total', help: 'Redelivered inbound messages ignored', labelNames: ['channel'], registers: [registry] });
  const latency = new client.Histogram({
    name: 'etalase_message_handling_seconds',
    help: 'Time from receiving an inbound message to having sent the replies',
    labelNames: ['channel'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  // read at most once per GAUGES_MAX_AGE_MS, shared by the gauges (the backlog feeds three)
  let sources: Gauges | undefined;
  new client.Gauge({
    name: 'etalase_outbox_backlog',
    help: 'Notifications not yet delivered (pending or being sent)',
    registers: [registry],
    async collect() {
      if (sources) this.set((await sources.backlog.get()).pending);
    },
  });
  new client.Gauge({
    name: 'etalase_outbox_oldest_pending_seconds',
    help: 'Age of the oldest undelivered notification',
    registers: [registry],
    async collect() {
      const oldest = sources ? (await sources.backlog.get()).oldestPendingAt : null;
      this.set(oldest ? (Date.now() - oldest.getTime()) / 1000 : 0);
    },
  });
  new client.Gauge({
    name: 'etalase_outbox_failed',
    help: 'Notifications that failed for good',
    registers: [registry],
    async collect() {
      if (sources) this.set((await sources.backlog.get()).failed);
    },
  });
  new client.Gauge({
    name: 'etalase_orders',
    help: 'Orders by status',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      if (!sources) return;
      this.reset();
      for (const row of await sources.ordersByStatus.get()) this.set({ status: row.status }, row.count);
    },
  });
  new client.Gauge({
    name: 'etalase_curation_queue',
    help: 'Products submitted or in review',
    registers: [registry],
    async collect() {
      if (sources) this.set(await sources.curationQueue.get());
    },
  });

  const engine: EngineMetrics = {
    messageIn: (channel) => messagesIn.inc({ channel }),
    messagesOut: (channel, count) => messagesOut.inc({ channel }, count),
    handled: (channel, ms) => latency.observe({ channel }, ms / 1000),
    duplicate: (channel) => duplicates.inc({ channel }),
  };
  return {
    registry,
    engine,
    attach(s: MetricsSources) {
      sources = {
        backlog: freshEnough(() => s.notifications.backlog(), GAUGES_MAX_AGE_MS),
        ordersByStatus: freshEnough(() => s.stats.ordersByStatus(), GAUGES_MAX_AGE_MS),
        curationQueue: freshEnough(() => s.stats.curationQueue(), GAUGES_MAX_AGE_MS),
      };
    },
    contentType: registry.contentType,
    render: () => registry.metrics(),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
