// The payment gateway the settings ask for: Midtrans when its server key is set, none otherwise.
import type { Config } from './config.ts';
import { createMidtransGateway } from '../../domain/payments/midtrans/midtrans-gateway.ts';
import type { PaymentGateway } from '../../domain/payments/payment-gateway.ts';
import type { Logger } from '../../domain/lib/logger.ts';
import { createBiteshipRateProvider } from '../../domain/shipping/biteship-rate-provider.ts';
import type { ShippingRateProvider } from '../../domain/services/shipping.service.ts';

export function paymentGatewayOf(config: Pick<Config, 'MIDTRANS_SERVER_KEY' | 'MIDTRANS_CLIENT_KEY' | 'MIDTRANS_PRODUCTION' | 'MIDTRANS_API_ROOT' | 'MIDTRANS_SNAP_ROOT'>): PaymentGateway | null {
  if (!config.MIDTRANS_SERVER_KEY) return null;
  return createMidtransGateway({
    serverKey: config.MIDTRANS_SERVER_KEY,
    clientKey: config.MIDTRANS_CLIENT_KEY ?? '',
    production: config.MIDTRANS_PRODUCTION,
    apiRoot: config.MIDTRANS_API_ROOT,
    snapRoot: config.MIDTRANS_SNAP_ROOT,
  });
}

/** The courier aggregator the settings ask for: Biteship's API when its key is set, none otherwise. */
export function shippingRateProviderOf(config: Pick<Config, 'SHIPPING_RATE_API_KEY' | 'SHIPPING_RATE_API_ROOT' | 'SHIPPING_RATE_COURIERS'>, logger?: Logger): ShippingRateProvider | null {
  if (!config.SHIPPING_RATE_API_KEY) return null;
  return createBiteshipRateProvider({ apiRoot: config.SHIPPING_RATE_API_ROOT, apiKey: config.SHIPPING_RATE_API_KEY, couriers: config.SHIPPING_RATE_COURIERS, logger });
}
