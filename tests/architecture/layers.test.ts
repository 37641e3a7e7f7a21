// The layout holds (scripts/lint-layers.mjs): every import of the product's code points down
// (server → bot | api | web → domain → prisma), siblings never import each other, and no import circles.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types (it also runs as `npm run lint:layers`)
import { importCircles, importGraph, layerOf, layerViolations } from '../../scripts/lint-layers.mjs';

type Graph = Map<string, string[]>;
const check = { importGraph, importCircles, layerViolations, layerOf } as {
  importGraph: () => Graph;
  importCircles: (g: Graph) => string[][];
  layerViolations: (g: Graph) => string[];
  layerOf: (file: string) => string | null;
};

describe('layers', () => {
  const graph = check.importGraph();

  it('reads the product: every layer has files and imports', () => {
    const layers = new Set([...graph.keys()].map(check.layerOf));
    for (const layer of ['domain', 'bot', 'api', 'web', 'server', 'prisma']) expect(layers).toContain(layer);
    const edges = [...graph.values()].reduce((n, targets) => n + targets.length, 0);
    expect(edges).toBeGreaterThan(1000);
  });

  it('has no import pointing up or sideways', () => {
    expect(check.layerViolations(graph)).toEqual([]);
  });

  it('has no import circle', () => {
    expect(check.importCircles(graph)).toEqual([]);
  });

  it('catches an upward import, a sibling import and a circle', () => {
    const planted: Graph = new Map([
      ['domain/services/a.ts', ['bot/core/engine.ts']],
      ['web/chat/b.tsx', ['bot/channels/web/render.ts']],
      ['api/routes/c.ts', ['domain/services/a.ts', 'prisma/generated/client.ts']],
      ['server/main.ts', ['web/chat/b.tsx', 'api/routes/c.ts']],
      ['bot/core/x.ts', ['bot/core/y.ts']],
      ['bot/core/y.ts', ['bot/core/x.ts']],
    ]);
    const violations = check.layerViolations(planted);
    expect(violations).toHaveLength(2);
    expect(violations[0]).toContain('domain/services/a.ts (domain) imports bot/core/engine.ts (bot)');
    expect(violations[1]).toContain('web/chat/b.tsx (web) imports bot/channels/web/render.ts (bot)');
    expect(check.importCircles(planted)).toEqual([['bot/core/x.ts', 'bot/core/y.ts']]);
  });
});
