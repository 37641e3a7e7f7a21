// Loads the bytes of an outgoing photo for channels that upload files (Telegram, WhatsApp): by Media id
// through its row, or by a path relative to the media root (QR codes and labels made on the fly).
import path from 'node:path';
import type { PrismaClient } from '../../prisma/generated/client.ts';
import type { MediaResolver } from '../chat/message.ts';
import { invalid, notFound } from '../lib/errors.ts';
import { createMediaRepository } from '../repositories/media.repository.ts';
import type { MediaStore } from './media-store.ts';

const MIME_BY_EXT: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv',
};

export function mimeOfPath(p: string): string {
  return MIME_BY_EXT[path.extname(p).toLowerCase()] ?? 'application/octet-stream';
}

export function createMediaResolver(prisma: PrismaClient, store: MediaStore): MediaResolver {
  const media = createMediaRepository(prisma);
  return async (ref) => {
    if (ref.mediaId) {
      const row = await media.findById(ref.mediaId);
      if (!row) throw notFound('media', 'media:errors.notFound');
      return { data: await store.read(row.path), mime: row.mime, filename: path.posix.basename(row.path) };
    }
    if (ref.path) {
      return { data: await store.read(ref.path), mime: mimeOfPath(ref.path), filename: path.posix.basename(ref.path) };
    }
    // a URL is sent by the channel as a link; there are no local bytes to load
    throw invalid('media reference without mediaId or path', 'media:errors.notFound');
  };
}

/**
 * The public link of a stored picture (GET /media/<path>, served for published products' photos), for
 * channels that send a card as text when the picture itself cannot be sent.
 */
export function createMediaLinker(prisma: PrismaClient, publicUrl: string): (ref: { mediaId?: string; url?: string; path?: string }) => Promise<string | null> {
  const media = createMediaRepository(prisma);
  const base = publicUrl.replace(/\/+$/, '');
  const link = (p: string) => `${base}/media/${p.split('/').map(encodeURIComponent).join('/')}`;
  return async (ref) => {
    if (ref.url) return ref.url;
    if (ref.mediaId) {
      const row = await media.findById(ref.mediaId);
      return row ? link(row.path) : null;
    }
    return null;
  };
}
