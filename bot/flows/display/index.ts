// The offline display network in the chat: officials manage points (place products, reports, staff,
// labels); staff of a point record sales and returns, also in one line ("jual KODE 2") from the main menu
// or as "/jual KODE 2" from anywhere. Buyers arriving through a label's QR code are handled by the buyer
// module's deep links (p_<code>__d_<POINT>).
import type { RoleName } from '../../../domain/services/actor.ts';
import type { FlowModule } from '../../core/registry.ts';
import { placeFlow } from './place.flow.ts';
import { POINTS_FLOW, pointsFlow } from './points.flow.ts';
import { reportFlow } from './report.flow.ts';
import { SALE_FLOW, movementAction, movementMenuText, quickFlow, saleFlow } from './sale.flow.ts';
import { staffFlow } from './staff.flow.ts';

const everyone: RoleName[] = ['BUYER', 'PRODUCER', 'CURATOR', 'ADMIN'];

export const displayModule: FlowModule = {
  flows: [pointsFlow, placeFlow, reportFlow, staffFlow, saleFlow, quickFlow],
  menu: [
    { id: 'display.points', labelKey: 'display:menu.points', roles: ['CURATOR', 'ADMIN'], order: 40, open: { flow: POINTS_FLOW } },
    // staff may have any role: the entry shows only to people who work at a point
    { id: 'display.sale', labelKey: 'display:menu.recordSale', roles: everyone, order: 15, open: { flow: SALE_FLOW }, visible: (ctx) => ctx.services.display.isStaff(ctx.actor) },
  ],
  actions: {
    jual: movementAction('jual'),
    retur: movementAction('retur'),
    sell: movementAction('sell'),
    /** "/staff": add a staff member to one of my points */
    staff: () => ({ flow: 'display.staff' }),
  },
  menuText: movementMenuText,
};
