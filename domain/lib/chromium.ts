// Finds a Chromium for whatsapp-web.js and the browser tests, in this order: the CHROMIUM_PATH setting, the
// system's (Debian's /usr/bin/chromium), else the build that ships inside the npm package @sparticuz/chromium
// (so `npm install` alone gives one: no apt, no download beyond the registry).
//
// The package unpacks its browser into the temp folder (/tmp/chromium, its fonts and GL libraries) and
// returns early when /tmp/chromium merely exists, even half-written. Two processes asking at once (the
// browser test files run in parallel) could launch a half-written file, so the unpacking happens under a
// lock (an atomic mkdir) and is marked done by a file named after the package's version.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export type ChromiumSource = 'setting' | 'system' | 'bundled';

export interface FoundChromium {
  executablePath: string;
  source: ChromiumSource;
  /** environment for the browser process: the bundled fonts when the system has no font configuration */
  env: Record<string, string>;
}

export interface ChromiumLookup {
  /** CHROMIUM_PATH; empty or undefined: not set */
  configured?: string;
  /** where the system's Chromium lives */
  systemPaths?: string[];
  exists?: (file: string) => boolean;
  /** unpacks the bundled build and returns its path (default: @sparticuz/chromium, under a lock) */
  bundled?: () => Promise<string>;
}

export const systemChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The flags every launch uses: no sandbox (a service user in a container), no GPU, no background traffic. */
export const chromiumArgs = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'];

export async function findChromium(lookup: ChromiumLookup = {}): Promise<FoundChromium> {
  const exists = lookup.exists ?? existsSync;
  const configured = lookup.configured?.trim();
  if (configured) {
    if (!exists(configured)) throw new Error(`CHROMIUM_PATH is set to ${configured}, which does not exist`);
    return { executablePath: configured, source: 'setting', env: {} };
  }
  const system = (lookup.systemPaths ?? systemChromiumPaths).find((file) => exists(file));
  if (system) return { executablePath: system, source: 'system', env: {} };
  const executablePath = await (lookup.bundled ?? unpackBundledChromium)();
  // the package's fonts.conf lists only its own fonts: used only where the system has no configuration
  const env: Record<string, string> = exists('/etc/fonts/fonts.conf') ? {} : { FONTCONFIG_PATH: path.join(path.dirname(executablePath), 'fonts') };
  return { executablePath, source: 'bundled', env };
}

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when the file is a browser that starts (a half-written one does not). */
async function runs(file: string): Promise<boolean> {
  return run(file, ['--version'], { timeout: 20_000 }).then(
    ({ stdout }) => /chrom/i.test(stdout),
    () => false,
  );
}

const PACKAGE = '@sparticuz/chromium';

async function bundledPackage(): Promise<{ version: string; root: string; binDir: string }> {
  const { createRequire } = await import('node:module');
  // its exports map hides package.json: from its entry (build/index.js, build/esm/index.js ...) up to the
  // folder whose package.json is the package's
  for (let dir = path.dirname(createRequire(import.meta.url).resolve(PACKAGE)); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const manifest = await readFile(path.join(dir, 'package.json'), 'utf8').then((text) => JSON.parse(text) as { name?: string; version: string }, () => null);
    if (manifest?.name === PACKAGE) return { version: manifest.version, root: dir, binDir: path.join(dir, 'bin') };
  }
  throw new Error(`${PACKAGE}: package folder not found`);
}

type Inflate = (file: string) => Promise<string>;

/**
 * The package's own unpacker, for its fonts: exported by newer releases; in 147.0.0 (the last that runs on
 * Node 20) only inside, in build/esm/lambdafs.js.
 */
async function packageInflate(root: string, main: Record<string, unknown>): Promise<Inflate> {
  if (typeof main.inflate === 'function') return main.inflate as Inflate;
  const { pathToFileURL } = await import('node:url');
  const inner = (await import(pathToFileURL(path.join(root, 'build', 'esm', 'lambdafs.js')).href)) as { inflate?: Inflate };
  if (!inner.inflate) throw new Error(`${PACKAGE}: no inflate() to unpack its fonts`);
  return inner.inflate;
}

/** @sparticuz/chromium's executablePath(), one process at a time, with a marker when it is complete. */
export async function unpackBundledChromium(options: { lockTimeoutMs?: number } = {}): Promise<string> {
  const dir = tmpdir();
  const executable = path.join(dir, 'chromium');
  const pkg = await bundledPackage();
  const marker = path.join(dir, `etalase-chromium-${pkg.version}.ready`);
  const lock = path.join(dir, 'etalase-chromium.lock');
  const staleMs = options.lockTimeoutMs ?? 180_000;
  for (;;) {
    if (existsSync(marker) && existsSync(executable)) return executable;
    try {
      await mkdir(lock);
    } catch {
      // someone else is unpacking: wait, unless their lock is older than any unpacking takes (they died)
      const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > staleMs) await rm(lock, { recursive: true, force: true });
      else await sleep(250);
      continue;
    }
    try {
      // a browser left by an earlier run without our marker is kept only if it starts
      if (existsSync(executable) && !(await runs(executable))) await rm(executable, { force: true });
      const main = await import('@sparticuz/chromium');
      const found = await main.default.executablePath();
      // executablePath() skips the fonts when it finds the browser already there
      if (!existsSync(path.join(dir, 'fonts', 'fonts.conf'))) await (await packageInflate(pkg.root, main as unknown as Record<string, unknown>))(path.join(pkg.binDir, 'fonts.tar.br'));
      if (!(await runs(found))) throw new Error(`the Chromium unpacked from @sparticuz/chromium (${found}) does not start`);
      await writeFile(marker, found);
      return found;
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
}
