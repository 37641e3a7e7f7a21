// Downloads what a user sent (photos of products, payment proofs). The Bot API serves files up to 20 MB;
// bigger ones, or ones over our own limit, are refused before any byte is fetched.
import { GrammyError, type Api } from 'grammy';
import type { MediaFetcher } from '../../../domain/chat/message.ts';

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export type TelegramMediaErrorCode = 'too_large' | 'download_failed';

export class TelegramMediaError extends Error {
  constructor(
    readonly code: TelegramMediaErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TelegramMediaError';
  }
}

const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  heic: 'image/heic',
  pdf: 'application/pdf',
  mp4: 'video/mp4',
};

/** The file server often answers application/octet-stream, so the extension of file_path decides first. */
function mimeOf(filePath: string, contentType: string | null): string {
  const extension = filePath.split('.').pop()?.toLowerCase() ?? '';
  const known = MIME_BY_EXTENSION[extension];
  if (known) return known;
  const header = contentType?.split(';')[0]?.trim();
  return header || 'application/octet-stream';
}

export interface MediaFetcherDeps {
  api: Api;
  token: string;
  apiRoot: string;
  fetch: typeof fetch;
  maxFileBytes: number;
}

export function createMediaFetcher(deps: MediaFetcherDeps): MediaFetcher {
  const tooLarge = (bytes: number) =>
    new TelegramMediaError('too_large', `file of ${bytes} bytes is over the limit of ${deps.maxFileBytes} bytes`);

  return async (ref) => {
    let file;
    try {
      file = await deps.api.getFile(ref);
    } catch (error) {
      // Telegram itself refuses getFile above 20 MB with "file is too big".
      if (error instanceof GrammyError && /too big/i.test(error.description)) throw tooLarge(deps.maxFileBytes + 1);
      throw error;
    }
    if (file.file_size !== undefined && file.file_size > deps.maxFileBytes) throw tooLarge(file.file_size);
    if (!file.file_path) throw new TelegramMediaError('download_failed', 'Telegram returned no file_path');

    // The URL holds the token: it is never logged or put in an error message.
    const response = await deps.fetch(`${deps.apiRoot}/file/bot${deps.token}/${file.file_path}`);
    if (!response.ok) throw new TelegramMediaError('download_failed', `Telegram file download failed with HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > deps.maxFileBytes) throw tooLarge(declared);
    const data = Buffer.from(await response.arrayBuffer());
    if (data.length > deps.maxFileBytes) throw tooLarge(data.length);
    return { data, mime: mimeOf(file.file_path, response.headers.get('content-type')) };
  };
}
