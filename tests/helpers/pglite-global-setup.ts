// Runs once per `vitest run`, before any worker: builds the PGlite dumps every test database starts from
// (pglite-templates.ts) and hands their paths to the workers; removes the run's own folder afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildPgliteTemplates } from './pglite-templates.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = await mkdtemp(path.join(tmpdir(), 'etalase-templates-'));
  project.provide('pgliteTemplates', await buildPgliteTemplates(runDir));
  return () => rm(runDir, { recursive: true, force: true });
}
