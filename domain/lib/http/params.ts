// Path, query and body identifiers validated at the edge: ids (cuid), product codes, slugs, token prefixes
// and display-point codes are letters, digits, "_" and "-". Anything else (a NUL byte, a quote, a space)
// answers 400 in the error shape before it reaches a service or the database.
import { z } from '@hono/zod-openapi';

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** a product reference: its id, its code or its slug (slugs run up to 86 characters) */
export const REF_PATTERN = /^[A-Za-z0-9_-]{1,120}$/;

export const idString = (description = 'an id') => z.string().regex(ID_PATTERN, 'an id: letters, digits, "_" and "-"').openapi({ description, example: 'cmh2x1k9v0001qz8l3v5b7n2d' });

export const refString = () => z.string().regex(REF_PATTERN, 'a product id, code or slug: letters, digits, "_" and "-"').openapi({ description: 'product id, code or slug', example: 'kopi-arabika-bajawa-250-g-kbj01' });

/** `{ [name]: id }` as a documented path parameter */
export function idParam<N extends string>(name: N, description = 'an id') {
  return z.object({ [name]: idString(description).openapi({ param: { name, in: 'path' } }) } as Record<N, z.ZodString>);
}
