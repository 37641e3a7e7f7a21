// Midtrans through its official client (midtrans-client): Snap for a payment page (virtual accounts,
// e-wallets), the Core API's QRIS charge for a QR shown right in the chat, the status call as the truth.
//
// API root: midtrans-client has no setting for it (ApiConfig picks sandbox or production hosts from static
// constants), but each client keeps its ApiConfig instance as `apiConfig`; replacing that instance's two
// getters points one client at another root (a local fake in tests) without touching the shared constants.
import { createHash, timingSafeEqual } from 'node:crypto';
import { midtransClient } from '../../lib/on-demand.ts';
import { GatewayError, type CreatePaymentRequest, type CreatedPayment, type GatewayPaymentState, type GatewayStatus, type PaymentGateway } from '../payment-gateway.ts';
import { midtransNotificationSchema, midtransStatusSchema } from './midtrans-schemas.ts';

export interface MidtransOptions {
  serverKey: string;
  clientKey: string;
  production: boolean;
  /** Core API root, e.g. https://api.sandbox.midtrans.com (default: by `production`) */
  apiRoot?: string;
  /** Snap root, e.g. https://app.sandbox.midtrans.com/snap/v1 (default: apiRoot + /snap/v1 when apiRoot is set) */
  snapRoot?: string;
  timeoutMs?: number;
}

const SNAP_CHANNELS: Record<'VIRTUAL_ACCOUNT' | 'EWALLET', string[]> = {
  VIRTUAL_ACCOUNT: ['bca_va', 'bni_va', 'bri_va', 'permata_va', 'echannel', 'cimb_va', 'other_va'],
  EWALLET: ['gopay', 'shopeepay', 'dana', 'ovo'],
};

/** Midtrans' transaction_status (and fraud_status for cards) → what the domain acts on. */
export function stateOf(status: string, fraud?: string): GatewayPaymentState {
  switch (status) {
    case 'settlement':
      return 'paid';
    case 'capture':
      return fraud === 'accept' || fraud === undefined ? 'paid' : 'pending';
    case 'pending':
    case 'authorize':
      return 'pending';
    case 'expire':
      return 'expired';
    case 'cancel':
      return 'cancelled';
    case 'refund':
    case 'partial_refund':
      return 'refunded';
    default:
      return 'failed'; // deny, failure
  }
}

/** "150000.00" → 150000; anything that is not a whole rupiah amount → NaN (never equal to ours) */
export function rupiahOf(gross: string): number {
  return /^\d+(\.0+)?$/.test(gross) ? Number(gross.split('.')[0]) : Number.NaN;
}

export function midtransSignature(orderId: string, statusCode: string, grossAmount: string, serverKey: string): string {
  return createHash('sha512').update(orderId + statusCode + grossAmount + serverKey).digest('hex');
}

/** what a failed client call means; the client's own error carries the request (with the key): never log it */
function gatewayError(error: unknown): GatewayError {
  if (error instanceof midtransClient().MidtransError) {
    const code = Number(error.httpStatusCode);
    const body = JSON.stringify(error.ApiResponse ?? {}).slice(0, 300);
    if (code === 404) return new GatewayError('not_found', 'no such transaction at the gateway');
    if (code === 406 || /already (been )?(taken|used|utilized)|sudah digunakan/i.test(body)) return new GatewayError('duplicate', 'order id already used at the gateway');
    if (code >= 400 && code < 500) return new GatewayError('rejected', `gateway refused the request (${code}): ${body}`);
    return new GatewayError('unavailable', `gateway error (${Number.isNaN(code) ? 'no response' : code})`);
  }
  return new GatewayError('unavailable', 'gateway unreachable');
}

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw gatewayError(error);
  }
}

export function createMidtransGateway(o: MidtransOptions): PaymentGateway {
  const options = { isProduction: o.production, serverKey: o.serverKey, clientKey: o.clientKey };
  // loaded here, when Midtrans is configured, not by every server (on-demand.ts)
  const midtrans = midtransClient();
  const snap = new midtrans.Snap(options);
  const core = new midtrans.CoreApi(options);
  if (o.apiRoot) {
    const apiRoot = o.apiRoot.replace(/\/+$/, '');
    const snapRoot = (o.snapRoot ?? `${apiRoot}/snap/v1`).replace(/\/+$/, '');
    for (const client of [snap, core]) {
      client.apiConfig.getCoreApiBaseUrl = () => apiRoot;
      client.apiConfig.getSnapApiBaseUrl = () => snapRoot;
    }
  }
  for (const client of [snap, core]) client.httpClient.http_client.defaults.timeout = o.timeoutMs ?? 15_000;

  function commonBody(r: CreatePaymentRequest) {
    return {
      transaction_details: { order_id: r.gatewayOrderId, gross_amount: r.amountIdr },
      item_details: r.lines.map((l) => ({ id: l.id, name: l.name.slice(0, 50), price: l.amountIdr, quantity: 1 })),
      customer_details: { first_name: r.customer.name.slice(0, 50), phone: r.customer.phone },
    };
  }

  return {
    provider: 'midtrans',

    async create(r: CreatePaymentRequest): Promise<CreatedPayment> {
      if (r.method === 'ONLINE_QRIS') {
        const res = await call(() => core.charge({ ...commonBody(r), payment_type: 'qris', qris: { acquirer: 'gopay' }, custom_expiry: { expiry_duration: r.expiresInMinutes, unit: 'minute' } }));
        const qr = typeof res.qr_string === 'string' ? res.qr_string : null;
        if (!qr) throw new GatewayError('rejected', 'QRIS charge answered without a QR string');
        return { transactionId: typeof res.transaction_id === 'string' ? res.transaction_id : null, redirectUrl: null, qrString: qr };
      }
      const res = await call(() => snap.createTransaction({ ...commonBody(r), enabled_payments: SNAP_CHANNELS[r.method as 'VIRTUAL_ACCOUNT' | 'EWALLET'], expiry: { unit: 'minutes', duration: r.expiresInMinutes } }));
      const url = typeof res.redirect_url === 'string' ? res.redirect_url : null;
      if (!url) throw new GatewayError('rejected', 'Snap answered without a payment page');
      return { transactionId: null, redirectUrl: url, qrString: null };
    },

    async status(gatewayOrderId: string): Promise<GatewayStatus> {
      const raw = await call(() => core.transaction.status(gatewayOrderId));
      const s = midtransStatusSchema.safeParse(raw);
      if (!s.success) throw new GatewayError('unavailable', 'gateway status answer not understood');
      if (s.data.status_code === '404') throw new GatewayError('not_found', 'no such transaction at the gateway');
      return {
        gatewayOrderId: s.data.order_id,
        state: stateOf(s.data.transaction_status, s.data.fraud_status),
        raw: s.data.transaction_status,
        amountIdr: rupiahOf(s.data.gross_amount),
        transactionId: s.data.transaction_id ?? null,
      };
    },

    verifyNotification(body: unknown) {
      const n = midtransNotificationSchema.safeParse(body);
      if (!n.success) return null;
      const expected = Buffer.from(midtransSignature(n.data.order_id, n.data.status_code, n.data.gross_amount, o.serverKey), 'utf8');
      const given = Buffer.from(n.data.signature_key.toLowerCase(), 'utf8');
      // constant time: how much of a forged signature matches must not show in the answer's timing
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      return { gatewayOrderId: n.data.order_id };
    },

    async cancel(gatewayOrderId: string): Promise<void> {
      await call(() => core.transaction.cancel(gatewayOrderId));
    },

    async refund(gatewayOrderId: string, amountIdr: number, reason: string): Promise<void> {
      await call(() => core.transaction.refund(gatewayOrderId, { refund_key: `${gatewayOrderId}-r`, amount: amountIdr, reason: reason.slice(0, 255) }));
    },
  };
}
