// The producer feature's services (products, business profile), composed here so services.ts gains one line.
import type { CatalogRepository } from '../repositories/catalog.repository.ts';
import type { MediaRepository } from '../repositories/media.repository.ts';
import type { ProducerRepository } from '../repositories/producer.repository.ts';
import type { ProductRepository } from '../repositories/product.repository.ts';
import type { UserRepository } from '../repositories/user.repository.ts';
import { createProducerProfileService } from './producer-profile.service.ts';
import { createProductService } from './product.service.ts';

interface ProducerRepos {
  products: ProductRepository;
  producers: ProducerRepository;
  catalog: CatalogRepository;
  users: UserRepository;
  media: MediaRepository;
}

export function createProducerServices(repos: ProducerRepos, now: () => Date, options: { nextCode?: () => string } = {}) {
  const products = createProductService({ ...repos, now, ...options });
  const producerProfile = createProducerProfileService({ producers: repos.producers, catalog: repos.catalog, media: repos.media, products });
  return { products, producerProfile };
}
