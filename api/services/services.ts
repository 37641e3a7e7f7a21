// The composition of repositories and domain services over one database. Routes and chat flows receive
// this object; nothing else reaches Prisma.
import type { PrismaClient } from '../../prisma/generated/client.ts';
import { createApiTokenRepository } from '../repositories/api-token.repository.ts';
import { createCatalogRepository } from '../repositories/catalog.repository.ts';
import { createProductQueryRepository } from '../repositories/product-query.repository.ts';
import { createUserRepository } from '../repositories/user.repository.ts';
import { createConversationRepository } from '../repositories/conversation.repository.ts';
import { createProducerRepository } from '../repositories/producer.repository.ts';
import { createNotificationRepository } from '../repositories/notification.repository.ts';
import { createAccountService } from './account.service.ts';
import { createAuthService } from './auth.service.ts';
import { createCatalogService } from './catalog.service.ts';

export interface ServiceSettings {
  orderPaymentTtlHours: number;
  defaultMonthlyTarget: number;
  usdRateIdr: number;
}

export const defaultServiceSettings: ServiceSettings = { orderPaymentTtlHours: 48, defaultMonthlyTarget: 2, usdRateIdr: 16_000 };

export function createServices(prisma: PrismaClient, settings: ServiceSettings = defaultServiceSettings, now: () => Date = () => new Date()) {
  const repos = {
    catalog: createCatalogRepository(prisma),
    productQuery: createProductQueryRepository(prisma),
    users: createUserRepository(prisma),
    tokens: createApiTokenRepository(prisma),
    conversations: createConversationRepository(prisma),
    producers: createProducerRepository(prisma),
    notifications: createNotificationRepository(prisma),
  };
  return {
    settings,
    repos,
    catalog: createCatalogService({ catalog: repos.catalog, productQuery: repos.productQuery, now }),
    auth: createAuthService({ tokens: repos.tokens, users: repos.users, now }),
    account: createAccountService({ users: repos.users, producers: repos.producers, catalog: repos.catalog, now }),
  };
}

export type Services = ReturnType<typeof createServices>;
