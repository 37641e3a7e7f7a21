// Running servers of this checkout, whatever their data folder: each server writes .run/servers/<pid>.json
// (ETALASE_RUN_DIR overrides the folder) while it runs. Command-line tools (npm run chat, npm run db:seed)
// started without DATA_DIR use it to find the server the user has running on another data folder, instead
// of silently opening ./data (issue 19).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectPath } from '../../prisma/engine/project-root.ts';
import { isAlive } from './data-dir.ts';

const entrySchema = z.object({ pid: z.number().int(), port: z.number().int(), dataDir: z.string(), database: z.enum(['pglite', 'postgresql']), startedAt: z.string() });
export type RunningServer = z.infer<typeof entrySchema>;

const registryDir = () => process.env.ETALASE_RUN_DIR || projectPath('.run', 'servers');
const fileOf = (pid: number) => path.join(registryDir(), `${pid}.json`);


export function registerServer(entry: Omit<RunningServer, 'pid' | 'startedAt'>): () => void {
  mkdirSync(registryDir(), { recursive: true });
  const file = fileOf(process.pid);
  writeFileSync(file, JSON.stringify({ ...entry, pid: process.pid, startedAt: new Date().toISOString() }));
  return () => rmSync(file, { force: true });
}

/** The live servers of this checkout (entries of dead processes are removed on the way). */
export function runningServers(): RunningServer[] {
  let names: string[];
  try {
    names = readdirSync(registryDir()).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  const servers: RunningServer[] = [];
  for (const name of names) {
    const file = path.join(registryDir(), name);
    try {
      const entry = entrySchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      if (entry.pid !== process.pid && isAlive(entry.pid)) servers.push(entry);
      else if (entry.pid !== process.pid) rmSync(file, { force: true });
    } catch {
      // a file being written, or not ours: ignored
    }
  }
  return servers.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}
