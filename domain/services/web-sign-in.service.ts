// Signing a browser into the web shop as the buyer of a Telegram or WhatsApp chat, so the cart and orders
// of the chat are the page's (issue 27). Like a device sign-in: the page shows a one-time code with links
// that carry it to the bot (wa.me prefilled "start masuk_CODE", t.me ?start=masuk_CODE); the buyer sends
// it, confirms in the chat that the browser is their own, and the bot claims the code for them; the page,
// holding the browser's secret (a cookie), then signs in once. Codes last ten minutes, are used once, and
// only hashes of the code and the secret are stored (processes share nothing but the database).
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { WebSignInRepository } from '../repositories/web-sign-in.repository.ts';
import type { UserRepository } from '../repositories/user.repository.ts';
import type { Actor } from './actor.ts';

export const WEB_SIGN_IN_MINUTES = 10;
/** no 0/O, 1/I/L: read off a screen and typed without mistakes; 8 of 31 letters ≈ 40 bits */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE = new RegExp(`^[${ALPHABET}]{8}$`);
const hash = (value: string) => createHash('sha256').update(value).digest('hex');

export const isWebSignInCode = (code: string): boolean => CODE.test(code);

/** signedIn carries the account's name: the page shows whose account the browser now uses */
export type BrowserSignIn = { state: 'none' | 'waiting' | 'expired' } | { state: 'signedIn'; buyer: Actor; name: string };

export function createWebSignInService(deps: { signIns: WebSignInRepository; users: UserRepository; now: () => Date }) {
  const { signIns } = deps;
  return {
    /** a new code for a browser: the code to show and the secret the browser keeps */
    async start(): Promise<{ code: string; browserSecret: string; expiresAt: Date }> {
      const code = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
      const browserSecret = randomBytes(32).toString('base64url');
      const expiresAt = new Date(deps.now().getTime() + WEB_SIGN_IN_MINUTES * 60_000);
      await signIns.create({ codeHash: hash(code), browserHash: hash(browserSecret), expiresAt });
      return { code, browserSecret, expiresAt };
    },

    /** the bot asks before claiming: is the code still waiting? */
    async claimable(code: string): Promise<boolean> {
      const c = code.toUpperCase();
      return isWebSignInCode(c) && (await signIns.findClaimable(hash(c), deps.now())) !== null;
    },

    /** the chat's user confirmed: the code is theirs; false when it expired or was taken meanwhile */
    async claim(actor: Actor, code: string): Promise<boolean> {
      const c = code.toUpperCase();
      return isWebSignInCode(c) && signIns.claim(hash(c), actor.userId, deps.now());
    },

    /**
     * The browser's sign-in as its page sees it; a claimed code is used here, once: the buyer is returned
     * this one time (the caller writes its cookie), 'none' afterwards.
     */
    async complete(browserSecret: string): Promise<BrowserSignIn> {
      const row = await signIns.latestOfBrowser(hash(browserSecret));
      if (!row || row.usedAt) return { state: 'none' };
      if (row.userId) {
        const buyer = (await signIns.use(row.id, deps.now())) ? await deps.users.loadActor(row.userId) : null;
        const user = buyer ? await deps.users.findById(buyer.userId) : null;
        return buyer && user ? { state: 'signedIn', buyer, name: user.displayName } : { state: 'none' };
      }
      return row.expiresAt > deps.now() ? { state: 'waiting' } : { state: 'expired' };
    },
  };
}

export type WebSignInService = ReturnType<typeof createWebSignInService>;
