// fetchMedia: what the engine calls to get the bytes of a photo or document a user sent.
import { describe, expect, it } from 'vitest';
import type { MediaFetcher } from '../../../../domain/chat/message.ts';
import { createHarness } from './channel-harness.ts';
import { loadUpdate } from './fixtures.ts';

async function fetcherFromUpdate(h: ReturnType<typeof createHarness>, name: string): Promise<MediaFetcher> {
  await h.channel.bot.handleUpdate(loadUpdate(name));
  const fetcher = h.fetchers[0];
  if (!fetcher) throw new Error('handler got no media fetcher');
  return fetcher;
}

describe('Telegram channel: fetchMedia', () => {
  it('resolves the file id with getFile and downloads it from the file server', async () => {
    const h = createHarness();
    h.api.on('getFile', (call) => ({ result: { file_id: call.body.file_id, file_unique_id: 'u1', file_size: 6, file_path: 'photos/file_7.jpg' } }));
    h.api.files.set('photos/file_7.jpg', { data: Buffer.from('JPEG!!') });
    const fetchMedia = await fetcherFromUpdate(h, 'photo');
    const file = await fetchMedia('AgACAgUAAxkBAAIBlarge');
    expect(h.api.callsOf('getFile')).toMatchObject([{ body: { file_id: 'AgACAgUAAxkBAAIBlarge' } }]);
    expect(h.api.downloads).toEqual(['photos/file_7.jpg']);
    expect(file.data.toString()).toBe('JPEG!!');
    expect(file.mime).toBe('image/jpeg'); // from the extension: the file server says octet-stream
  });

  it('uses the content type of the download when the extension is unknown', async () => {
    const h = createHarness();
    h.api.on('getFile', () => ({ result: { file_id: 'd', file_unique_id: 'u', file_size: 3, file_path: 'documents/file_3' } }));
    h.api.files.set('documents/file_3', { data: Buffer.from('%PD'), contentType: 'application/pdf' });
    const fetchMedia = await fetcherFromUpdate(h, 'document');
    expect((await fetchMedia('d')).mime).toBe('application/pdf');
  });

  it('refuses a file over the limit before downloading it', async () => {
    const h = createHarness({ maxFileBytes: 1000 });
    h.api.on('getFile', () => ({ result: { file_id: 'big', file_unique_id: 'u', file_size: 1001, file_path: 'photos/big.jpg' } }));
    h.api.files.set('photos/big.jpg', { data: Buffer.alloc(1001) });
    const fetchMedia = await fetcherFromUpdate(h, 'photo');
    await expect(fetchMedia('big')).rejects.toMatchObject({ code: 'too_large' });
    expect(h.api.downloads).toEqual([]);
  });

  it('refuses a download that turns out bigger than getFile said', async () => {
    const h = createHarness({ maxFileBytes: 10 });
    h.api.on('getFile', () => ({ result: { file_id: 'liar', file_unique_id: 'u', file_path: 'photos/liar.jpg' } }));
    h.api.files.set('photos/liar.jpg', { data: Buffer.alloc(50) });
    const fetchMedia = await fetcherFromUpdate(h, 'photo');
    await expect(fetchMedia('liar')).rejects.toMatchObject({ code: 'too_large' });
  });

  it('maps Telegram\'s own "file is too big" refusal (over 20 MB) to too_large', async () => {
    const h = createHarness();
    h.api.on('getFile', () => ({ error: { error_code: 400, description: 'Bad Request: file is too big' } }));
    const fetchMedia = await fetcherFromUpdate(h, 'document');
    const error = await fetchMedia('huge').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: 'too_large' });
  });

  it('reports a failed download without the token in the message', async () => {
    const h = createHarness();
    h.api.on('getFile', () => ({ result: { file_id: 'gone', file_unique_id: 'u', file_size: 5, file_path: 'photos/gone.jpg' } }));
    const fetchMedia = await fetcherFromUpdate(h, 'photo');
    const error = (await fetchMedia('gone').catch((e: unknown) => e)) as Error & { code?: string };
    expect(error.code).toBe('download_failed');
    expect(error.message).toContain('404');
    expect(error.message).not.toContain('AAFakeToken');
  });
});
