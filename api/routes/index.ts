// Resource sub-apps mounted under /api/v1 (besides the public catalogue). Each feature adds one line.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../domain/lib/http/context.ts';
import type { Services } from '../../domain/services/services.ts';
import { tokenRoutes } from './tokens/tokens.routes.ts';
import { cartRoutes } from './cart/cart.routes.ts';
import { officialRoutes } from './targets/officials.routes.ts';
import { producerRoutes } from './producer/producer.routes.ts';
import { displayRoutes } from './display/display.routes.ts';
import { orderRoutes } from './orders/orders.routes.ts';
import { paymentRoutes } from './payments/payments.routes.ts';
import { adminProductRoutes } from './admin/admin-products.routes.ts';

export const apiRoutes: ((services: Services) => OpenAPIHono<AppEnv>)[] = [tokenRoutes, (services) => cartRoutes(services), (services) => officialRoutes(services), producerRoutes, displayRoutes, orderRoutes, paymentRoutes, adminProductRoutes];
