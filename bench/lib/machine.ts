// The machine the figures came from: without it a benchmark number means nothing.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  pglite: string;
  /** 1-minute load average when the run started and ended: other work on the machine skews every figure */
  loadAtStart: number;
  loadAtEnd?: number;
  /** filled in by the chat scenario when DATABASE_URL is set */
  postgresql?: string;
}

function packageVersion(name: string): string {
  try {
    const file = path.join(process.cwd(), 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    pglite: packageVersion('@electric-sql/pglite'),
    loadAtStart: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}
