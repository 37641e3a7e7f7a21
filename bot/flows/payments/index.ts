// Online payment in the chat: "Check payment" under a QR or link, producers' shipping rates, officials'
// payouts, and "ongkir ke jakarta" typed at the main menu.
import type { Flow, StepResult } from '../../core/flow.ts';
import type { FlowModule } from '../../core/registry.ts';
import { answerShippingQuestion } from '../buyer/shipping-question.ts';
import { paymentActions } from './payment-show.ts';
import { PAYOUTS_FLOW, payoutsFlow } from './payouts.flow.ts';
import { RATES_FLOW, ratesFlow } from './rates.flow.ts';

const SHIPPING_ASK_FLOW = 'payments.shippingAsk';

/** answers once and ends: the question arrives at the main menu as typed text */
const shippingAskFlow: Flow = {
  id: SHIPPING_ASK_FLOW,
  start: 'answer',
  steps: {
    answer: { prompt: (ctx): Promise<StepResult> => answerShippingQuestion(ctx, { productId: null, destination: String(ctx.data.destination ?? '') }) },
  },
};

/** "brp ongkir ke jakarta", "ongkos kirim ke kupang?", "shipping to singapore" */
export function shippingQuestionDestination(text: string): string | null {
  const m = /\b(?:ongkir|ongkos kirim|biaya kirim|shipping(?: cost)?|delivery)\b.*?\b(?:ke|to|ka)\s+(.+?)[?.!]*$/i.exec(text.trim());
  return m?.[1]?.trim() || null;
}

export const paymentsModule: FlowModule = {
  flows: [payoutsFlow, ratesFlow, shippingAskFlow],
  actions: paymentActions,
  menu: [
    { id: 'payments.payouts', labelKey: 'payment:payouts.menu', roles: ['ADMIN'], order: 80, open: { flow: PAYOUTS_FLOW } },
    { id: 'payments.rates', labelKey: 'payment:rates.menu', roles: ['PRODUCER'], order: 32, open: { flow: RATES_FLOW } },
  ],
  menuText(_ctx, text) {
    const destination = shippingQuestionDestination(text);
    return destination ? { flow: SHIPPING_ASK_FLOW, data: { destination } } : null;
  },
};
