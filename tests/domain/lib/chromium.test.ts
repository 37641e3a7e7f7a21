// Which Chromium whatsapp-web.js and the browser tests launch: the CHROMIUM_PATH setting, else the system's,
// else the one @sparticuz/chromium ships (unpacked once, even when several processes ask at the same time).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findChromium, unpackBundledChromium } from '../../../domain/lib/chromium.ts';

const only = (...present: string[]) => (file: string) => present.includes(file);
const bundled = async () => '/tmp/unpacked/chromium';

describe('finding Chromium', () => {
  it('takes the CHROMIUM_PATH setting first, even with a system browser installed', async () => {
    const found = await findChromium({ configured: '/opt/chrome/chrome', exists: only('/opt/chrome/chrome', '/usr/bin/chromium'), bundled });
    expect(found).toEqual({ executablePath: '/opt/chrome/chrome', source: 'setting', env: {} });
  });

  it('refuses a CHROMIUM_PATH that does not exist instead of quietly taking another browser', async () => {
    await expect(findChromium({ configured: '/opt/missing/chrome', exists: only('/usr/bin/chromium'), bundled })).rejects.toThrow('CHROMIUM_PATH is set to /opt/missing/chrome, which does not exist');
  });

  it('takes the system Chromium when nothing is set (an empty setting counts as unset)', async () => {
    const found = await findChromium({ configured: ' ', exists: only('/usr/bin/chromium'), bundled: async () => expect.unreachable('bundled') });
    expect(found).toEqual({ executablePath: '/usr/bin/chromium', source: 'system', env: {} });
    expect((await findChromium({ exists: only('/usr/bin/chromium-browser'), bundled })).executablePath).toBe('/usr/bin/chromium-browser');
  });

  it('falls back to the bundled build, with its own fonts only where the system has no font configuration', async () => {
    expect(await findChromium({ exists: only('/etc/fonts/fonts.conf'), bundled })).toEqual({ executablePath: '/tmp/unpacked/chromium', source: 'bundled', env: {} });
    expect(await findChromium({ exists: only(), bundled })).toEqual({ executablePath: '/tmp/unpacked/chromium', source: 'bundled', env: { FONTCONFIG_PATH: '/tmp/unpacked/fonts' } });
  });

  it('unpacks the bundled build once for processes asking together, into a browser that starts', async () => {
    const [a, b] = await Promise.all([unpackBundledChromium(), unpackBundledChromium()]);
    expect(a).toBe(b);
    expect(existsSync(a)).toBe(true);
    expect(execFileSync(a, ['--version'], { encoding: 'utf8' })).toMatch(/Chromium \d+/);
  }, 120_000);
});
