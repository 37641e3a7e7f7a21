// Issue 28: a client that writes X-Forwarded-For itself cannot choose its rate-limit key.
import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustProxy, type TrustProxy } from '../../../domain/lib/http/trusted-proxy.ts';

const trust = (v: string) => parseTrustProxy(v) as TrustProxy;

describe('the client address behind trusted proxies', () => {
  it('is the socket address when TRUST_PROXY is off, whatever the header says', () => {
    expect(clientAddress('::ffff:203.0.113.9', '1.1.1.1', trust('off'))).toBe('203.0.113.9');
    expect(clientAddress('203.0.113.9', '1.1.1.1, 2.2.2.2', trust(''))).toBe('203.0.113.9');
    expect(clientAddress(undefined, undefined, trust('off'))).toBe('local');
  });

  it('with a hop count, takes the entry that many places left of the socket: a forged first entry is ignored', () => {
    // one proxy (10.0.0.2) appended what it saw; the client put "6.6.6.6" in front itself
    expect(clientAddress('10.0.0.2', '6.6.6.6, 198.51.100.7', trust('1'))).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', '198.51.100.7', trust('1'))).toBe('198.51.100.7');
    // two proxies: CDN then our load balancer
    expect(clientAddress('10.0.0.2', '6.6.6.6, 198.51.100.7, 172.16.0.5', trust('2'))).toBe('198.51.100.7');
    // fewer entries than hops: the leftmost
    expect(clientAddress('10.0.0.2', '198.51.100.7', trust('5'))).toBe('198.51.100.7');
  });

  it('with a list, skips trusted proxies from the right and stops at the first address that is not one', () => {
    const t = trust('10.0.0.0/8,127.0.0.1');
    expect(clientAddress('127.0.0.1', '6.6.6.6, 198.51.100.7, 10.1.2.3', t)).toBe('198.51.100.7');
    // a socket that is not a trusted proxy: its own address, the header is not believed
    expect(clientAddress('203.0.113.9', '6.6.6.6', t)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.7', t)).toBe('198.51.100.7');
  });

  it('refuses what is neither off, a number nor addresses', () => {
    expect(parseTrustProxy('loopback')).toBeNull();
    expect(parseTrustProxy('10.0.0.0/33')).toBeNull();
    expect(parseTrustProxy('10.0.0.0/8,nope')).toBeNull();
  });
});
