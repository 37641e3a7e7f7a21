// Connection lifecycle of the real channel over a fake client: init timeout and retries with backoff,
// the state machine, stop(), and the pairing QR (terminal + PNG).
import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWhatsAppChannel } from '../../../../bot/channels/whatsapp/adapter.ts';
import { FakeHandler, FakeWhatsAppClient, recordingLogger } from './fake-whatsapp-client.ts';

// jsqr is a CommonJS bundle that also sets .default; under NodeNext the typed function is that .default
const jsQR = jsqr.default;

// the shape WhatsApp Web puts in its pairing QR: ref, public keys and the advertising secret
const QR = '2@Yk3vN0aQ8sXcR2tLp9mWfZ1uHq7eJ4dG6bK5yT0oVnU3iC8rA2xS1wE9lM4hP6gD7jF0kB5zQ,cNf4rT8wYq2Lm6Vx9Zs1Kd3Hj7Pb0Ga5Ue8Io4Qy1=,Rk9sJ2mX7vBq4Ln8Cz1Wt6Hd3Fy0Pa5Ge9Ui2Oo7Ek=,Tq3Wm8Xz1Ys6Nb4Vc9La2Kd7Jh0Gf5Pe3Ru8Io1Ow=,1';

const stateLog = (records: Array<Record<string, unknown>>) => records.filter((r) => r.msg === 'whatsapp: connection state').map((r) => r.to);

function setup(initTimeoutMs = 1_000) {
  const client = new FakeWhatsAppClient();
  const { logger, records } = recordingLogger();
  const printed: string[] = [];
  const channel = createWhatsAppChannel({
    client,
    handler: new FakeHandler(),
    logger,
    resolveMedia: async () => Promise.reject(new Error('unused')),
    initTimeoutMs,
    reconnect: { initialDelayMs: 100, maxDelayMs: 250 },
    printQr: (art) => void printed.push(art),
  });
  return { client, channel, records, printed };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('WhatsApp connection', () => {
  it('times out a hanging initialize, retries, and walks off → connecting → needs_qr → ready → disconnected → connecting', async () => {
    vi.useFakeTimers();
    const { client, channel, records } = setup();
    client.initializeImpl = (call) => {
      if (call === 1) return new Promise(() => {}); // Chromium stuck on the page load
      if (call === 2) client.emit('qr', QR);
      return Promise.resolve();
    };
    expect(channel.status()).toEqual({ state: 'off', lastQrAt: null, lastMessageAt: null });

    const started = channel.start();
    expect(channel.status().state).toBe('connecting');
    await vi.advanceTimersByTimeAsync(999);
    expect(client.initializeCalls).toBe(1);
    await vi.advanceTimersByTimeAsync(1); // init timeout
    await started;
    expect(channel.status().state).toBe('disconnected');

    await vi.advanceTimersByTimeAsync(100); // first backoff delay: destroy, then initialize again
    expect(client.destroyCalls).toBe(1);
    expect(client.initializeCalls).toBe(2);
    expect(channel.status().state).toBe('needs_qr');
    expect(channel.status().lastQrAt).toBeInstanceOf(Date);

    client.emit('authenticated');
    expect(channel.status().state).toBe('connecting');
    client.emit('ready');
    expect(channel.status().state).toBe('ready');
    expect(await channel.latestQrPng()).toBeNull(); // linked: the QR is stale

    client.emit('disconnected', 'NAVIGATION');
    expect(channel.status().state).toBe('disconnected');
    await vi.advanceTimersByTimeAsync(100); // 'ready' reset the backoff to the first delay
    expect(client.destroyCalls).toBe(2);
    expect(client.initializeCalls).toBe(3);
    expect(channel.status().state).toBe('connecting');

    expect(stateLog(records)).toEqual(['connecting', 'disconnected', 'connecting', 'needs_qr', 'connecting', 'ready', 'disconnected', 'connecting']);
    await channel.stop();
  });

  it('does not tear down a QR waiting to be scanned when initialize is still pending', async () => {
    vi.useFakeTimers();
    const { client, channel } = setup();
    client.initializeImpl = () => {
      client.emit('qr', QR);
      return new Promise(() => {});
    };
    await channel.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(channel.status().state).toBe('needs_qr');
    expect(client.initializeCalls).toBe(1);
    expect(client.destroyCalls).toBe(0);
    await channel.stop();
  });

  it('doubles the retry delay up to the cap while initialize keeps hanging', async () => {
    vi.useFakeTimers();
    const { client, channel } = setup();
    client.initializeImpl = () => new Promise(() => {});
    void channel.start();
    const callsAt = async (ms: number) => {
      await vi.advanceTimersByTimeAsync(ms);
      return client.initializeCalls;
    };
    // t=1000 timeout, +100 → #2 at 1100; timeout 2100, +200 → #3 at 2300; timeout 3300, +250 (cap) → #4 at 3550
    expect(await callsAt(1_099)).toBe(1);
    expect(await callsAt(1)).toBe(2);
    expect(await callsAt(1_199)).toBe(2);
    expect(await callsAt(1)).toBe(3);
    expect(await callsAt(1_249)).toBe(3);
    expect(await callsAt(1)).toBe(4);
    await channel.stop();
  });

  it('retries after a failed initialize and after an auth failure', async () => {
    vi.useFakeTimers();
    const { client, channel } = setup();
    client.initializeImpl = (call) => (call === 1 ? Promise.reject(new Error('Failed to launch the browser process')) : Promise.resolve());
    await channel.start();
    expect(channel.status().state).toBe('disconnected');
    await vi.advanceTimersByTimeAsync(100);
    expect(client.initializeCalls).toBe(2);
    client.emit('auth_failure', 'session expired');
    expect(channel.status().state).toBe('disconnected');
    await vi.advanceTimersByTimeAsync(200);
    expect(client.initializeCalls).toBe(3);
    await channel.stop();
  });

  it('stop() cancels a pending retry, destroys the client and ignores later events', async () => {
    vi.useFakeTimers();
    const { client, channel } = setup();
    client.initializeImpl = () => new Promise(() => {});
    void channel.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(channel.status().state).toBe('disconnected');
    await channel.stop();
    expect(channel.status().state).toBe('off');
    expect(client.destroyCalls).toBe(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(client.initializeCalls).toBe(1);
    client.emit('qr', QR);
    expect(channel.status().state).toBe('off');
  });

  it('prints the QR in the terminal and serves it as a PNG that decodes to the same text', async () => {
    const { client, channel, printed } = setup();
    client.initializeImpl = async () => void client.emit('qr', QR);
    expect(await channel.latestQrPng()).toBeNull();
    await channel.start();
    expect(channel.status().state).toBe('needs_qr');

    await vi.waitFor(() => expect(printed).toHaveLength(1));
    expect(printed[0]).toMatch(/[▀▄█]/);

    const png = await channel.latestQrPng();
    if (!png) throw new Error('expected a PNG');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const image = PNG.sync.read(png);
    const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(decoded?.data).toBe(QR);
    await channel.stop();
  });
});
