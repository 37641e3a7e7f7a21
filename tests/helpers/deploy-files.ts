// Readers for the deployment files (Dockerfile, .dockerignore, compose.yaml, the systemd unit), just enough
// for tests/server/ops/deploy-files.test.ts to check them and to run what of them runs without Docker.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './processes.ts';

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');

export interface DockerInstruction {
  stage: string;
  keyword: string;
  /** the instruction's text after its keyword, continuation lines joined */
  text: string;
}

/** The Dockerfile's instructions with the stage each belongs to (comments and continuations handled). */
export function dockerfile(file = 'Dockerfile'): DockerInstruction[] {
  const logical: string[] = [];
  let current = '';
  for (const line of read(file).split('\n')) {
    if (/^\s*#/.test(line) && !current) continue;
    if (/^\s*#/.test(line)) continue; // a comment inside a continued instruction
    const trimmed = line.replace(/\s+$/, '');
    if (trimmed.endsWith('\\')) {
      current += `${trimmed.slice(0, -1)} `;
      continue;
    }
    current += trimmed;
    if (current.trim()) logical.push(current.trim());
    current = '';
  }
  let stage = '';
  return logical.map((l) => {
    const [, keyword = '', text = ''] = /^(\S+)\s*(.*)$/s.exec(l) ?? [];
    if (keyword.toUpperCase() === 'FROM') stage = /\bAS\s+(\S+)/i.exec(text)?.[1] ?? text;
    return { stage, keyword: keyword.toUpperCase(), text };
  });
}

/** ENV instructions of one stage as a map (the `ENV A=1 B=2` form). */
export function dockerEnv(instructions: DockerInstruction[], stage: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const i of instructions.filter((i) => i.stage === stage && i.keyword === 'ENV')) {
    for (const m of i.text.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)) env[m[1]!] = m[2]!.replace(/^"|"$/g, '');
  }
  return env;
}

/** A RUN's shell command without its --mount/--network options. */
export const runCommand = (i: DockerInstruction) => i.text.replace(/^(--\S+\s+)+/, '');

/**
 * Whether .dockerignore leaves a project path out of the build context: Docker's rules for the patterns
 * used there (a path or folder from the root, `*` within one name, `!` to take back), last match wins.
 */
export function dockerIgnored(rel: string, patterns = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))): boolean {
  let ignored = false;
  for (const raw of patterns) {
    const negate = raw.startsWith('!');
    const pattern = (negate ? raw.slice(1) : raw).replace(/\/$/, '');
    const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}(/.*)?$`);
    if (re.test(rel)) ignored = !negate;
  }
  return ignored;
}

/** compose.yaml parsed (YAML merge keys as Compose reads them). */
export function composeFile(file = 'compose.yaml'): { services: Record<string, ComposeService> } {
  return parse(read(file), { merge: true }) as { services: Record<string, ComposeService> };
}

export interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  environment?: Record<string, string | number | boolean | null>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, unknown> | string[];
}

/** Every ${NAME…} compose.yaml interpolates ($$ is a literal dollar). */
export function composeVariables(file = 'compose.yaml'): string[] {
  return [...new Set([...read(file).replace(/\$\$/g, '').matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];
}

/** Compose's interpolation of one value: ${X}, ${X:-default}, ${X:?error} from `vars`. */
export function interpolate(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    const v = vars[name];
    if (v) return v;
    if (kind === '?') throw new Error(`compose would stop: ${name}: ${rest}`);
    return kind === '-' ? (rest ?? '') : '';
  });
}

/** NAME=value lines of an env file (comments and blank lines skipped). */
export function envFile(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of read(file).matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/gm)) out[m[1]!] = m[2]!;
  return out;
}

/** A systemd unit's [Service] settings; a setting given twice keeps every value. */
export function systemdService(file: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let section = '';
  for (const line of read(file).split('\n')) {
    const header = /^\[(.+)\]$/.exec(line.trim());
    if (header) section = header[1]!;
    const m = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (section === 'Service' && m) (out[m[1]!] ??= []).push(m[2]!);
  }
  return out;
}

/** package.json's start script split into its environment, node's flags and the script it runs. */
export function startScript(): { env: Record<string, string>; flags: string[]; entry: string } {
  const words = (JSON.parse(read('package.json')) as { scripts: { start: string } }).scripts.start.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0] && /^[A-Z_][A-Z0-9_]*=/.test(words[0])) {
    const [name, ...value] = words.shift()!.split('=');
    env[name!] = value.join('=');
  }
  if (words.shift() !== 'node') throw new Error('the start script no longer runs node');
  return { env, flags: words.slice(0, -1), entry: words.at(-1)! };
}
