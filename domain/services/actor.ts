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
  /** the currency the buyer chose in chat to see prices in beside rupiah ("SGD"); absent: the language's default */
  currency?: string;
  /** set by /me routes: the user acts as themselves, an admin without admin overrides */
  self?: boolean;
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

export function requireProducer(actor: AnyActor): void {
  if (actor.kind !== 'user' || !actor.producerId) throw forbidden('producers only', 'producer:errors.notProducer');
}

/** producers (for their own products and business) and officials */
export function requireProducerOrOfficial(actor: AnyActor): void {
  if (!isOfficial(actor) && !(actor.kind === 'user' && actor.role === 'PRODUCER' && actor.producerId)) throw forbidden('producers and officials only', 'common:errors.forbidden');
}

/**
 * May this actor act on what belongs to someone else? Admins may, except on a /me route, where everyone
 * acts as themselves (`self: true`): an admin's override goes through an admin route, with its audit record.
 */
export function mayOverride(actor: AnyActor): boolean {
  return isAdmin(actor) && !(actor.kind === 'user' && actor.self === true);
}

/** the actor of a /me route: acting as themselves only */
export const asSelf = (actor: Actor): Actor => ({ ...actor, self: true });
