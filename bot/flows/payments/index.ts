// Online payment in the chat: "Check payment" under a QR or link, producers' shipping rates, officials'
// payouts. "brp ongkir ke jakarta" is the shipping intent (locales/<lang>/intents.json), answered by the
// buyer's intents (bot/flows/buyer/buyer-intents.ts): one place recognises the phrase.
import type { FlowModule } from '../../core/registry.ts';
import { paymentActions } from './payment-show.ts';
import { PAYOUTS_FLOW, payoutsFlow } from './payouts.flow.ts';
import { RATES_FLOW, ratesFlow } from './rates.flow.ts';

export const paymentsModule: FlowModule = {
  flows: [payoutsFlow, ratesFlow],
  actions: paymentActions,
  menu: [
    { id: 'payments.payouts', labelKey: 'payment:payouts.menu', roles: ['ADMIN'], order: 80, open: { flow: PAYOUTS_FLOW } },
    { id: 'payments.rates', labelKey: 'payment:rates.menu', roles: ['PRODUCER'], order: 32, open: { flow: RATES_FLOW } },
  ],
};
