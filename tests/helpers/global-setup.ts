// Runs once per `vitest run`: migrates the PostgreSQL template database when TEST_DATABASE_URL is set.
import { preparePgTemplate } from './test-database.ts';

export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) await preparePgTemplate(url);
}
