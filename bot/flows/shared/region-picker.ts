// Picking one of the 22 regencies: first the island (short list), then the regency on it; at either step
// the user may type a regency or its seat ("bajawa", "Sumba Timr") and tolerant matching finds it.
import { bestMatch } from '../../../domain/search/fuzzy.ts';
import { resolvePlace } from '../../../domain/understanding/places.ts';
import type { FlowContext, StepInput } from '../../core/flow.ts';

type RegionRow = Awaited<ReturnType<FlowContext['services']['catalog']['listRegions']>>[number];

const islandOrder = ['Timor', 'Flores', 'Sumba', 'Alor', 'Lembata', 'Rote', 'Sabu'];

export async function promptIsland(ctx: FlowContext, textKey = 'onboarding:askIsland'): Promise<void> {
  const regions = await ctx.services.catalog.listRegions();
  const islands = [...new Set(regions.map((r) => r.island))].sort((a, b) => (islandOrder.indexOf(a) + 99) % 99 - ((islandOrder.indexOf(b) + 99) % 99));
  ctx.choose(ctx.t(textKey), islands.map((island) => ({ label: island, value: `island:${island}` })), { columns: 2 });
}

export async function promptRegionOn(ctx: FlowContext, island: string, textKey = 'onboarding:askRegion'): Promise<void> {
  const regions = (await ctx.services.catalog.listRegions()).filter((r) => r.island === island);
  ctx.choose(ctx.t(textKey, { island }), regions.map((r) => ({ label: r.name, value: `region:${r.code}` })));
}

function matchTyped(regions: RegionRow[], text: string): RegionRow | null {
  // "SBD", "Mabar", "Manggarai Brt", "kota": the short forms from the national list first
  const place = resolvePlace(text, { scope: 'ntt' });
  const code = place && !place.ambiguous ? place.regency?.code : undefined;
  return regions.find((r) => r.code === code) ?? bestMatch(text, regions, (r) => [r.shortName, r.name, r.seat]);
}

/** Reads an answer to either picker step: an island, a regency, or nothing understood (told). */
export async function readRegionAnswer(ctx: FlowContext, input: StepInput): Promise<{ island: string } | { region: RegionRow } | null> {
  const regions = await ctx.services.catalog.listRegions();
  if (input.kind === 'choice') {
    if (input.value.startsWith('island:')) return { island: input.value.slice(7) };
    const region = regions.find((r) => `region:${r.code}` === input.value);
    if (region) return { region };
  }
  if (input.kind === 'text') {
    const island = regions.find((r) => r.island.toLowerCase() === input.text.trim().toLowerCase());
    if (island && !regions.some((r) => r.shortName.toLowerCase() === input.text.trim().toLowerCase())) return { island: island.island };
    const region = matchTyped(regions, input.text);
    if (region) return { region };
    ctx.reply({ type: 'text', text: ctx.t('onboarding:regionNotFound', { text: input.text.slice(0, 60) }) });
    return null;
  }
  ctx.reply({ type: 'text', text: ctx.t('engine:expectedChoice') });
  return null;
}
