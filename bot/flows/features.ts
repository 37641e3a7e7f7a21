// The chat features plugged into the engine. Each feature folder exports one FlowModule.
import type { FlowModule } from '../core/registry.ts';
import { buyerModule } from './buyer/index.ts';
import { displayModule } from './display/index.ts';
import { officialModule } from './official/index.ts';
import { ordersModule } from './orders/index.ts';
import { paymentsModule } from './payments/index.ts';
import { producerModule } from './producer/index.ts';

// producer first: its menuText takes only a producer's "stok KODE 12", then display staff's "jual KODE 2",
// before the buyer's search takes any text
// payments before the buyer's search: "ongkir ke jakarta" is a question, not a product search
export const features: FlowModule[] = [producerModule, displayModule, paymentsModule, buyerModule, officialModule, ordersModule];
