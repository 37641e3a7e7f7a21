// The officials' side of the chat (curation queue and review, licensing cases, the monthly target, the
// invitation claim) and the producer's licensing entry.
import type { FlowModule, MenuEntry } from '../../core/registry.ts';
import { officialActions } from './actions.ts';
import { casesFlow } from './cases.flow.ts';
import { certificateFlow } from './certificate.flow.ts';
import { producerLicensingFlow } from './producer-licensing.flow.ts';
import { queueFlow } from './queue.flow.ts';
import { reviewFlow } from './review.flow.ts';
import { targetFlow } from './target.flow.ts';
import { parseReportRequest, sendReport } from './report-request.ts';
import { isOfficial } from '../../../domain/services/actor.ts';

const menu: MenuEntry[] = [
  { id: 'official.queue', labelKey: 'official:menu.queue', roles: ['CURATOR', 'ADMIN'], order: 10, open: { flow: 'official.queue' } },
  { id: 'official.cases', labelKey: 'official:menu.cases', roles: ['CURATOR', 'ADMIN'], order: 20, open: { flow: 'official.cases' } },
  { id: 'official.target', labelKey: 'official:menu.target', roles: ['CURATOR', 'ADMIN'], order: 30, open: { flow: 'official.target' } },
  { id: 'licensing.producer', labelKey: 'licensing:menu.producer', roles: ['PRODUCER'], order: 45, open: { flow: 'licensing.producer' } },
];

export const officialModule: FlowModule = {
  flows: [reviewFlow, queueFlow, targetFlow, casesFlow, certificateFlow, producerLicensingFlow],
  actions: officialActions,
  menu,
  // "laporan bulan ini", "minta laporan november excel": the report as documents, for officials
  menuText(ctx, text) {
    if (!isOfficial(ctx.actor)) return null;
    const ask = parseReportRequest(text, ctx.services.targets.currentMonth());
    return ask ? sendReport(ctx, ask) : null;
  },
};
