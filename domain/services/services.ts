// The composition of repositories and domain services over one database. Routes and chat flows receive
// this object; nothing else reaches Prisma. Features add their repository and service here (one line each).
import type { PrismaClient } from '../../prisma/generated/client.ts';
import type { MediaStore } from '../media/media-store.ts';
import { createApiTokenRepository } from '../repositories/api-token.repository.ts';
import { createCatalogRepository } from '../repositories/catalog.repository.ts';
import { createConversationRepository } from '../repositories/conversation.repository.ts';
import { createPendingReplyRepository } from '../repositories/pending-reply.repository.ts';
import { createSendSlotRepository } from '../repositories/send-slot.repository.ts';
import { createIdempotencyRepository } from '../repositories/idempotency.repository.ts';
import { createMediaRepository } from '../repositories/media.repository.ts';
import { createNotificationRepository } from '../repositories/notification.repository.ts';
import { createProducerRepository } from '../repositories/producer.repository.ts';
import { createProductRepository } from '../repositories/product.repository.ts';
import { createProductQueryRepository } from '../repositories/product-query.repository.ts';
import { createUserRepository } from '../repositories/user.repository.ts';
import { createOrderRepository } from '../repositories/order.repository.ts';
import { createCartRepository } from '../repositories/cart.repository.ts';
import { createDisplayScanRepository } from '../repositories/display-scan.repository.ts';
import { createDisplayRepository } from '../repositories/display.repository.ts';
import { createStatsRepository } from '../repositories/stats.repository.ts';
import { createStorefrontRepository } from '../repositories/storefront.repository.ts';
import { createAccountService } from './account.service.ts';
import { createAuthService } from './auth.service.ts';
import { createCatalogService } from './catalog.service.ts';
import { createCartService } from './cart.service.ts';
import { createDisplayScanService } from './display-scan.service.ts';
import { createDisplayService } from './display.service.ts';
import { createMediaService } from './media.service.ts';
import { createCheckoutService } from './checkout.service.ts';
import { createOrderService } from './order.service.ts';
import { createProducerServices } from './producer-services.ts';
import { createStorefrontService } from './storefront.service.ts';
import { createOfficialRepositories, createOfficialServices } from './official-services.ts';
import { createDashboardRepositories, createDashboardServices } from './dashboard-services.ts';
import type { PaymentGateway } from '../payments/payment-gateway.ts';
import { createPaymentRepository } from '../repositories/payment.repository.ts';
import { createPayoutRepository } from '../repositories/payout.repository.ts';
import { createShippingRepository } from '../repositories/shipping.repository.ts';
import { createPaymentService } from './payment.service.ts';
import { createPayoutService } from './payout.service.ts';
import { createShippingService, type ShippingRateProvider } from './shipping.service.ts';
import { createWebBuyerService } from './web-buyer.service.ts';
import { createCurrencyRepository } from '../repositories/currency.repository.ts';
import { createCurrencyService } from './currency.service.ts';

export interface ServiceSettings {
  orderPaymentTtlHours: number;
  defaultMonthlyTarget: number;
  usdRateIdr: number;
  /** for deep links and QR codes: the Telegram bot's username, the WhatsApp number, the storefront URL */
  telegramBotUsername?: string;
  whatsappNumber?: string;
  publicUrl: string;
  /** online payment: how long a payment stays open; whether bank transfer with proof is still offered */
  paymentExpiryMinutes: number;
  bankTransferEnabled: boolean;
  platformFeePercent: number;
  /** days after shipping without a word from the buyer before an order paid online completes and is credited */
  autoCreditDays: number;
}

export const defaultServiceSettings: ServiceSettings = {
  orderPaymentTtlHours: 48,
  defaultMonthlyTarget: 2,
  usdRateIdr: 16_000,
  publicUrl: 'http://localhost:3000',
  paymentExpiryMinutes: 60,
  bankTransferEnabled: true,
  platformFeePercent: 0,
  autoCreditDays: 7,
};

export interface ServicesOptions {
  prisma: PrismaClient;
  mediaStore: MediaStore;
  settings?: Partial<ServiceSettings>;
  now?: () => Date;
  /** the online payment gateway (Midtrans); absent: online payment is not offered */
  paymentGateway?: PaymentGateway | null;
  /** a courier aggregator (Biteship) quoting for producers who keep no rate of their own; absent: none */
  shippingRateProvider?: ShippingRateProvider | null;
}

export function createServices(options: ServicesOptions) {
  const { prisma } = options;
  const now = options.now ?? (() => new Date());
  const settings: ServiceSettings = { ...defaultServiceSettings, ...options.settings };
  const repos = {
    catalog: createCatalogRepository(prisma),
    productQuery: createProductQueryRepository(prisma),
    users: createUserRepository(prisma),
    tokens: createApiTokenRepository(prisma),
    conversations: createConversationRepository(prisma),
    pendingReplies: createPendingReplyRepository(prisma),
    sendSlots: createSendSlotRepository(prisma),
    idempotency: createIdempotencyRepository(prisma),
    producers: createProducerRepository(prisma),
    products: createProductRepository(prisma),
    notifications: createNotificationRepository(prisma),
    media: createMediaRepository(prisma),
    carts: createCartRepository(prisma),
    orders: createOrderRepository(prisma),
    displayScans: createDisplayScanRepository(prisma),
    display: createDisplayRepository(prisma),
    stats: createStatsRepository(prisma),
    storefront: createStorefrontRepository(prisma),
    ...createOfficialRepositories(prisma),
    ...createDashboardRepositories(prisma),
    payments: createPaymentRepository(prisma),
    payouts: createPayoutRepository(prisma),
    shipping: createShippingRepository(prisma),
    currencies: createCurrencyRepository(prisma),
  };
  const gateway = options.paymentGateway ?? null;
  const media = createMediaService({ store: options.mediaStore, media: repos.media });
  const shipping = createShippingService({ shipping: repos.shipping, courier: options.shippingRateProvider });
  const offer = { online: gateway !== null, bankTransfer: settings.bankTransferEnabled, paymentExpiryMinutes: settings.paymentExpiryMinutes };
  return {
    settings,
    now,
    repos,
    catalog: createCatalogService({ catalog: repos.catalog, productQuery: repos.productQuery, now }),
    auth: createAuthService({ tokens: repos.tokens, users: repos.users, now }),
    account: createAccountService({ users: repos.users, producers: repos.producers, catalog: repos.catalog, now }),
    media,
    ...createProducerServices(repos, now),
    cart: createCartService({ carts: repos.carts }),
    orders: createOrderService({ orders: repos.orders, settings, now }),
    checkout: createCheckoutService({ orders: repos.orders, now, shipping, offer }),
    shipping,
    payments: createPaymentService({ payments: repos.payments, orders: repos.orders, media, gateway, settings, now }),
    payouts: createPayoutService({ payouts: repos.payouts, orders: repos.orders, settings, now }),
    displayScans: createDisplayScanService({ scans: repos.displayScans }),
    display: createDisplayService({ display: repos.display, catalog: repos.catalog, productQuery: repos.productQuery, settings, now }),
    storefront: createStorefrontService({ storefront: repos.storefront }),
    currency: createCurrencyService({ currencies: repos.currencies, now }),
    webBuyers: createWebBuyerService({ users: repos.users, orders: repos.orders, payments: repos.payments }),
    ...createOfficialServices(repos, settings, now),
    ...createDashboardServices(repos, settings, now),
  };
}

export type Services = ReturnType<typeof createServices>;
