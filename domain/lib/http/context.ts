// What every route handler can reach: the services (never Prisma), and the acting user when authenticated.
import type { Actor } from '../../services/actor.ts';

export type AppEnv = {
  Variables: {
    requestId: string;
    actor?: Actor;
    /** units in the web visitor's cart, for the storefront header (set by the page wrapper) */
    cartCount?: number;
  };
};
