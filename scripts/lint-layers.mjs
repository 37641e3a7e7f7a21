#!/usr/bin/env node
// The layer check (npm run lint:layers; run by npm test through tests/architecture/layers.test.ts).
// Every import of the product's code points down:
//
//   server/   the composition root (main, runtime, config, wiring, jobs, metrics, CLIs, ops) -> anything below
//   bot/ api/ web/   the conversation, the JSON API, the pages: siblings, never importing each other -> domain
//   domain/   the business (services, repositories, db, search, payments, ...)                 -> prisma
//   prisma/   generated client and the in-process schema engine                               -> nothing above
//
// prisma/seed and prisma/cli are command-line tools over the domain, so they stand with server/. tests/,
// bench/ and scripts/ may import anything. It also fails on an import circle between source files, type-only
// imports included: a circle makes a reader hold two files in mind to understand either.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['domain', 'bot', 'api', 'web', 'server', 'prisma/engine', 'prisma/seed', 'prisma/cli'];

/** The layer of a project file, or null for what is not checked (tests, bench, scripts, generated code). */
export function layerOf(file) {
  if (file.startsWith('prisma/generated/') || file.startsWith('prisma/engine/')) return 'prisma';
  if (file.startsWith('prisma/seed/') || file.startsWith('prisma/cli/')) return 'server';
  const top = file.split('/')[0];
  return ['domain', 'bot', 'api', 'web', 'server', 'locales'].includes(top) ? top : null;
}

/** What each layer may import besides itself. */
const ALLOWED = {
  prisma: ['locales'],
  domain: ['prisma', 'locales'],
  bot: ['domain', 'prisma', 'locales'],
  api: ['domain', 'prisma', 'locales'],
  web: ['domain', 'prisma', 'locales'],
  server: ['domain', 'bot', 'api', 'web', 'prisma', 'locales'],
};

const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\bexport\s+\*\s+from\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function listFiles(dir) {
  const out = [];
  const walk = (rel) => {
    const abs = path.join(ROOT, rel);
    if (!fs.existsSync(abs)) return;
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (/\.(ts|tsx|mts|mjs)$/.test(entry.name)) out.push(child);
    }
  };
  walk(dir);
  return out;
}

/** Source files and the project files each imports (relative specifiers only; packages are not layers). */
export function importGraph() {
  const graph = new Map();
  for (const file of SOURCE_DIRS.flatMap(listFiles)) {
    // comments may quote an import: lines that are comments (//, /*, and the * of a block) are left out
    const code = fs
      .readFileSync(path.join(ROOT, file), 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
      .join('\n');
    const targets = [...code.matchAll(SPECIFIER)].map((m) => path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1])));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

export function layerViolations(graph) {
  const violations = [];
  for (const [file, targets] of graph) {
    const from = layerOf(file);
    for (const target of targets) {
      const to = layerOf(target);
      if (!from || to === from) continue;
      if (!to || !ALLOWED[from].includes(to)) violations.push(`${file} (${from}) imports ${target} (${to ?? 'outside the product'})`);
    }
  }
  return violations;
}

/** Import circles: the strongly connected components of more than one file (Tarjan). */
export function importCircles(graph) {
  let index = 0;
  const stack = [];
  const info = new Map();
  const circles = [];
  const visit = (file) => {
    info.set(file, { index, low: index, onStack: true });
    index++;
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!info.has(target)) {
        visit(target);
        info.get(file).low = Math.min(info.get(file).low, info.get(target).low);
      } else if (info.get(target).onStack) info.get(file).low = Math.min(info.get(file).low, info.get(target).index);
    }
    if (info.get(file).low === info.get(file).index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        info.get(member).onStack = false;
        component.push(member);
      } while (member !== file);
      if (component.length > 1) circles.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!info.has(file)) visit(file);
  return circles;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = importGraph();
  const violations = layerViolations(graph);
  const circles = importCircles(graph);
  for (const line of violations) console.error(`layer: ${line}`);
  for (const circle of circles) console.error(`circle: ${circle.join(' -> ')}`);
  const edges = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);
  console.log(`lint:layers: ${graph.size} files, ${edges} imports, ${violations.length} pointing up or sideways, ${circles.length} circles`);
  process.exit(violations.length || circles.length ? 1 : 0);
}
