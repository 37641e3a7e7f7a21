// Seeding entry points. The CLI (npm run db:seed [-- --demo]) lives elsewhere and passes an open database.
export { seedReference, type ReferenceSeedCounts } from './reference.seed.ts';
export { seedDemo, type DemoSeedCounts, type SeedDemoOptions } from './demo.seed.ts';
