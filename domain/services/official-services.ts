// The officials' repositories and services (invitations, curation, licensing, targets, reports), composed
// here so services.ts gains only two lines for the whole feature.
import type { PrismaClient } from '../../prisma/generated/client.ts';
import type { CatalogRepository } from '../repositories/catalog.repository.ts';
import { createCurationRepository } from '../repositories/curation.repository.ts';
import { createInvitationRepository } from '../repositories/invitation.repository.ts';
import { createJobRunRepository } from '../repositories/job-run.repository.ts';
import { createLicensingRepository } from '../repositories/licensing.repository.ts';
import { createTargetRepository } from '../repositories/target.repository.ts';
import type { UserRepository } from '../repositories/user.repository.ts';
import { createCurationService } from './curation.service.ts';
import { createInvitationService } from './invitation.service.ts';
import { createLicensingService } from './licensing.service.ts';
import { createReportService } from './report.service.ts';
import { createTargetService } from './target.service.ts';

export function createOfficialRepositories(prisma: PrismaClient) {
  return {
    invitations: createInvitationRepository(prisma),
    curation: createCurationRepository(prisma),
    licensing: createLicensingRepository(prisma),
    targets: createTargetRepository(prisma),
    jobRuns: createJobRunRepository(prisma),
  };
}

type OfficialRepos = ReturnType<typeof createOfficialRepositories> & { catalog: CatalogRepository; users: UserRepository };

export function createOfficialServices(repos: OfficialRepos, settings: { defaultMonthlyTarget: number }, now: () => Date) {
  const targets = createTargetService({ targets: repos.targets, catalog: repos.catalog, defaultTarget: () => settings.defaultMonthlyTarget, now });
  return {
    invitations: createInvitationService({ invitations: repos.invitations, catalog: repos.catalog, now }),
    curation: createCurationService({ curation: repos.curation, now }),
    licensing: createLicensingService({ licensing: repos.licensing, users: repos.users, now }),
    targets,
    reports: createReportService({ targets: repos.targets, targetService: targets, now }),
  };
}
