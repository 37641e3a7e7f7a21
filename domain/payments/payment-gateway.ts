// The payment provider port: what the domain asks of an online payment gateway (Midtrans first; Xendit or
// another can follow through the same port). Amounts are integer rupiah; the gateway's order id is ours,
// stable per checkout, so a retried create can never make a second charge.
export type OnlineMethod = 'ONLINE_QRIS' | 'VIRTUAL_ACCOUNT' | 'EWALLET';
export const ONLINE_METHODS: readonly OnlineMethod[] = ['ONLINE_QRIS', 'VIRTUAL_ACCOUNT', 'EWALLET'];
export const isOnlineMethod = (m: string): m is OnlineMethod => (ONLINE_METHODS as readonly string[]).includes(m);

export interface CreatePaymentRequest {
  gatewayOrderId: string;
  amountIdr: number;
  method: OnlineMethod;
  expiresInMinutes: number;
  customer: { name: string; phone: string };
  /** one line per order of the checkout (its total, shipping included): they add up to amountIdr */
  lines: { id: string; name: string; amountIdr: number }[];
}

export interface CreatedPayment {
  transactionId: string | null;
  /** the gateway's payment page (virtual account, e-wallet) */
  redirectUrl: string | null;
  /** the QRIS payload to draw as a QR code in the chat */
  qrString: string | null;
}

/** The gateway's word for a payment, reduced to what the domain acts on. */
export type GatewayPaymentState = 'pending' | 'paid' | 'expired' | 'cancelled' | 'failed' | 'refunded';

export interface GatewayStatus {
  gatewayOrderId: string;
  state: GatewayPaymentState;
  /** the gateway's own status word, kept for the record */
  raw: string;
  amountIdr: number;
  transactionId: string | null;
}

export class GatewayError extends Error {
  constructor(
    readonly kind: 'duplicate' | 'not_found' | 'rejected' | 'unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

export interface PaymentGateway {
  readonly provider: string;
  create(request: CreatePaymentRequest): Promise<CreatedPayment>;
  /** the truth about a payment; GatewayError('not_found') when the gateway has none by that id */
  status(gatewayOrderId: string): Promise<GatewayStatus>;
  /** the order id a notification is about when its signature is right, otherwise null */
  verifyNotification(body: unknown): { gatewayOrderId: string } | null;
  cancel(gatewayOrderId: string): Promise<void>;
  refund(gatewayOrderId: string, amountIdr: number, reason: string): Promise<void>;
}
