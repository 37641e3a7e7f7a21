// Recording a QR scan from a display point ("p_<code>__d_<POINT>" deep links). A scan is a fact, not a
// permission: any visitor may cause one; unknown or inactive points are ignored (an old label still opens
// the product, it just counts for nobody).
import { z } from 'zod';
import type { Channel } from '../../prisma/generated/client.ts';
import type { DisplayScanRepository } from '../repositories/display-scan.repository.ts';
import type { AnyActor } from './actor.ts';

export interface DisplayScanDeps {
  scans: DisplayScanRepository;
}

export const pointCodeSchema = z.string().trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/);
const recordSchema = z.object({
  pointCode: pointCodeSchema,
  productId: z.string().min(1).max(64).nullable().optional(),
  channel: z.enum(['TELEGRAM', 'WHATSAPP', 'CONSOLE', 'WEB']),
});

export function createDisplayScanService(deps: DisplayScanDeps) {
  return {
    /** Records the scan; returns the point (its canonical code) or null when there is no such active point. */
    async recordScan(_actor: AnyActor, input: z.input<typeof recordSchema>): Promise<{ pointId: string; pointCode: string; scanId: string } | null> {
      const parsed = recordSchema.safeParse(input);
      if (!parsed.success) return null;
      const point = await deps.scans.findActivePoint(parsed.data.pointCode);
      if (!point) return null;
      const scan = await deps.scans.record({ pointId: point.id, productId: parsed.data.productId ?? null, channel: parsed.data.channel as Channel });
      return { pointId: point.id, pointCode: point.code, scanId: scan.id };
    },
  };
}

export type DisplayScanService = ReturnType<typeof createDisplayScanService>;
