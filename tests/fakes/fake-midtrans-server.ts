// A fake Midtrans over real HTTP on loopback: the Core API (QRIS charge, status, cancel, refund) and Snap
// (payment page), with the server key checked as Basic auth the way Midtrans does, duplicate order ids
// refused, and helpers to settle or expire a payment and to write its HTTP notification (signed or not).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { midtransSignature } from '../../domain/payments/midtrans/midtrans-gateway.ts';

export interface FakeTransaction {
  orderId: string;
  transactionId: string;
  grossAmount: number;
  kind: 'qris' | 'snap';
  status: string;
  qrString?: string;
  body: Record<string, unknown>;
}

export interface FakeMidtrans {
  url: string;
  serverKey: string;
  transactions: Map<string, FakeTransaction>;
  calls: { method: string; path: string }[];
  setStatus(orderId: string, status: 'pending' | 'settlement' | 'expire' | 'cancel' | 'refund' | 'deny'): void;
  /** the body Midtrans would POST to the notification URL; `status` may differ from the truth (a stale hint) */
  notification(orderId: string, o?: { status?: string; grossAmount?: string; serverKey?: string }): Record<string, string>;
  /** the next n requests answer 503 (a gateway outage) */
  failNext(n: number): void;
  close(): Promise<void>;
}

const codeOf: Record<string, string> = { pending: '201', settlement: '200', capture: '200', expire: '407', cancel: '200', refund: '200', deny: '202' };

export async function startFakeMidtrans(serverKey = 'SB-Mid-server-FAKEKEY0123456789'): Promise<FakeMidtrans> {
  const transactions = new Map<string, FakeTransaction>();
  const calls: FakeMidtrans['calls'] = [];
  let seq = 0;
  let failures = 0;
  let base = '';

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    calls.push({ method: req.method ?? 'GET', path });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (failures > 0) {
      failures--;
      return send(503, { status_code: '503', status_message: 'Service temporarily unavailable' });
    }
    const auth = req.headers.authorization ?? '';
    if (auth !== `Basic ${Buffer.from(`${serverKey}:`).toString('base64')}`) return send(401, { status_code: '401', status_message: 'Access denied due to unauthorized transaction' });
    const body = ((raw ? JSON.parse(raw) : null) ?? {}) as Record<string, unknown>;
    const details = body.transaction_details as { order_id?: string; gross_amount?: number } | undefined;

    if (req.method === 'POST' && (path === '/v2/charge' || path === '/snap/v1/transactions')) {
      const orderId = String(details?.order_id ?? '');
      if (transactions.has(orderId)) {
        return path === '/v2/charge'
          ? send(200, { status_code: '406', status_message: 'The request could not be completed due to a conflict with the current state of the target resource, please try again' })
          : send(400, { error_messages: ['transaction_details.order_id has already been taken'] });
      }
      const tx: FakeTransaction = { orderId, transactionId: `fake-tx-${++seq}`, grossAmount: Number(details?.gross_amount), kind: path === '/v2/charge' ? 'qris' : 'snap', status: 'pending', body };
      if (tx.kind === 'qris') tx.qrString = `00020101021226620014COM.GO-JEK.WWW011893600914${orderId}5204599953033605802ID6304ABCD`;
      transactions.set(orderId, tx);
      if (tx.kind === 'qris') {
        return send(200, { status_code: '201', transaction_id: tx.transactionId, order_id: orderId, gross_amount: `${tx.grossAmount}.00`, payment_type: 'qris', transaction_status: 'pending', qr_string: tx.qrString, actions: [{ name: 'generate-qr-code', method: 'GET', url: `${base}/v2/qris/${tx.transactionId}/qr-code` }] });
      }
      return send(201, { token: `snap-${tx.transactionId}`, redirect_url: `${base}/snap/v4/redirection/snap-${tx.transactionId}` });
    }
    const m = /^\/v2\/([^/]+)\/(status|cancel|refund)$/.exec(path);
    const tx = m ? transactions.get(decodeURIComponent(m[1]!)) : undefined;
    if (m && !tx) return send(404, { status_code: '404', status_message: "Transaction doesn't exist." });
    if (m && tx) {
      if (m[2] === 'cancel') tx.status = 'cancel';
      if (m[2] === 'refund') tx.status = 'refund';
      return send(200, { status_code: codeOf[tx.status] ?? '200', order_id: tx.orderId, transaction_id: tx.transactionId, transaction_status: tx.status, gross_amount: `${tx.grossAmount}.00`, payment_type: tx.kind === 'qris' ? 'qris' : 'bank_transfer', fraud_status: 'accept' });
    }
    return send(404, { status_code: '404', status_message: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    serverKey,
    transactions,
    calls,
    setStatus(orderId, status) {
      const tx = transactions.get(orderId);
      if (!tx) throw new Error(`no fake transaction ${orderId}`);
      tx.status = status;
    },
    notification(orderId, o = {}) {
      const tx = transactions.get(orderId);
      const status = o.status ?? tx?.status ?? 'settlement';
      const statusCode = codeOf[status] ?? '200';
      const gross = o.grossAmount ?? `${tx?.grossAmount ?? 0}.00`;
      return {
        transaction_time: '2026-12-06 10:00:00',
        transaction_status: status,
        transaction_id: tx?.transactionId ?? 'unknown',
        status_code: statusCode,
        signature_key: midtransSignature(orderId, statusCode, gross, o.serverKey ?? serverKey),
        payment_type: tx?.kind === 'qris' ? 'qris' : 'bank_transfer',
        order_id: orderId,
        gross_amount: gross,
        fraud_status: 'accept',
        currency: 'IDR',
      };
    },
    failNext(n) {
      failures = n;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
