// Which address a request comes from, for every rate limit and the loopback-only checks (issue 28). Off by
// default: the socket's address, whatever X-Forwarded-For says (anyone can write that header; trusting it
// let a client rotate it past every limit). Behind proxies, TRUST_PROXY says which of X-Forwarded-For's
// entries to believe, read from the right, where each proxy appends the address it was reached from:
//   a number N: N proxies stand in front; the client is the entry N places left of the socket's address;
//   a list of addresses/CIDRs: entries from those are proxies; the client is the first one from the right
//   that is not.
import { BlockList, isIP } from 'node:net';

export type TrustProxy = { kind: 'off' } | { kind: 'hops'; hops: number } | { kind: 'list'; proxies: BlockList };

/** TRUST_PROXY's value; null when it is none of: off/false/0/empty, a whole number, addresses and CIDRs. */
export function parseTrustProxy(value: string): TrustProxy | null {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'off' || v === 'false' || v === '0') return { kind: 'off' };
  if (/^\d+$/.test(v)) return { kind: 'hops', hops: Math.min(Number(v), 32) };
  const proxies = new BlockList();
  for (const part of v.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [address, bits] = part.split('/');
    const family = isIP(address ?? '');
    if (family === 0) return null;
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) proxies.addAddress(address!, type);
    else {
      const prefix = Number(bits);
      if (!/^\d+$/.test(bits) || prefix > (family === 4 ? 32 : 128)) return null;
      proxies.addSubnet(address!, prefix, type);
    }
  }
  return { kind: 'list', proxies };
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
function plain(address: string): string {
  const a = address.trim().replace(/^\[|\]$/g, '');
  return a.toLowerCase().startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

function isProxy(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The client's address: the socket's, or the X-Forwarded-For entry TRUST_PROXY points at. */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trust: TrustProxy): string {
  const socket = socketAddress ? plain(socketAddress) : 'local';
  if (trust.kind === 'off' || !forwardedFor) return socket;
  const chain = [...forwardedFor.split(',').map(plain).filter(Boolean), socket];
  if (trust.kind === 'hops') return chain[Math.max(0, chain.length - 1 - trust.hops)]!;
  for (let i = chain.length - 1; i > 0; i--) if (!isProxy(trust.proxies, chain[i]!)) return chain[i]!;
  return chain[0]!;
}
