// The acting user, passed explicitly to every service call. Services decide what the actor may do.
import type { Lang } from '../lib/i18n.ts';
import { forbidden } from '../lib/errors.ts';

export type RoleName = 'BUYER' | 'PRODUCER' | 'CURATOR' | 'ADMIN';

export interface Actor {
  kind: 'user';
  userId: string;
  role: RoleName;
  language: Lang;
  /** regencies a curator is bound to (admins act on all) */
  regionCodes: string[];
  /** the producer profile id when the user has one */
  producerId?: string;
  /** language and role chosen (onboarding done) */
  onboarded: boolean;
  /**
   * records sales at an active display point: loaded with the actor (the chat's main menu asks on every
   * turn); absent where an actor is built without it, and then asked of the database
   */
  displayStaff?: boolean;
}

/** Scheduled jobs and the seed act as the system. */
export interface SystemActor {
  kind: 'system';
  name: string;
}

export type AnyActor = Actor | SystemActor;

export const systemActor = (name: string): SystemActor => ({ kind: 'system', name });

export function isAdmin(actor: AnyActor): boolean {
  return actor.kind === 'system' || actor.role === 'ADMIN';
}

export function isOfficial(actor: AnyActor): boolean {
  return actor.kind === 'system' || actor.role === 'ADMIN' || actor.role === 'CURATOR';
}

/** Admins act on every regency; curators only on theirs. */
export function canActInRegion(actor: AnyActor, regionCode: string): boolean {
  if (isAdmin(actor)) return true;
  return actor.kind === 'user' && actor.role === 'CURATOR' && actor.regionCodes.includes(regionCode);
}

export function requireOfficial(actor: AnyActor): void {
  if (!isOfficial(actor)) throw forbidden('officials only', 'common:errors.forbidden');
}

export function requireAdmin(actor: AnyActor): void {
  if (!isAdmin(actor)) throw forbidden('admins only', 'common:errors.forbidden');
}

export function requireRegion(actor: AnyActor, regionCode: string): void {
  if (!canActInRegion(actor, regionCode)) throw forbidden(`not an official of region ${regionCode}`, 'official:errors.outsideRegion', { region: regionCode });
}

export function actorId(actor: AnyActor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}
