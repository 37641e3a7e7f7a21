// The officials' dashboard's repository and services, composed here so services.ts gains one line for each.
// Its target and auth services are second instances of stateless factories over the same repositories.
import type { PrismaClient } from '../../prisma/generated/client.ts';
import type { ApiTokenRepository } from '../repositories/api-token.repository.ts';
import type { CatalogRepository } from '../repositories/catalog.repository.ts';
import { createSignInCodeRepository, type SignInCodeRepository } from '../repositories/sign-in-code.repository.ts';
import type { TargetRepository } from '../repositories/target.repository.ts';
import type { UserRepository } from '../repositories/user.repository.ts';
import { createAuthService } from './auth.service.ts';
import { createDashboardAuthService } from './dashboard-auth.service.ts';
import { createDashboardService } from './dashboard.service.ts';
import { createTargetService } from './target.service.ts';

export const createDashboardRepositories = (prisma: PrismaClient) => ({ signInCodes: createSignInCodeRepository(prisma) });

interface DashboardRepos {
  signInCodes: SignInCodeRepository;
  users: UserRepository;
  tokens: ApiTokenRepository;
  targets: TargetRepository;
  catalog: CatalogRepository;
}

export function createDashboardServices(repos: DashboardRepos, settings: { defaultMonthlyTarget: number }, now: () => Date) {
  const targets = createTargetService({ targets: repos.targets, catalog: repos.catalog, defaultTarget: () => settings.defaultMonthlyTarget, now });
  return {
    dashboardAuth: createDashboardAuthService({ codes: repos.signInCodes, users: repos.users, auth: createAuthService({ tokens: repos.tokens, users: repos.users, now }), now }),
    dashboard: createDashboardService({ targets }),
  };
}
