// The TypeScript types of /openapi.json for openapi-fetch (api/client), generated with openapi-typescript 6
// (version 7 wants TypeScript 5 as a peer; 6's output is the paths/operations/components shape that
// openapi-fetch 0.17 reads). `npm run api:client` writes them; a test fails when the committed file is stale.
import openapiTS, { type OpenAPI3 } from 'openapi-typescript';
import { staticDocument } from './static-document.ts';

export const CLIENT_TYPES_FILE = 'api/client/schema.gen.ts';

export async function generateClientTypes(): Promise<string> {
  const header = '// Generated from /openapi.json by `npm run api:client` (api/openapi/generate-client-types.ts). Do not edit.\n\n';
  const body = await openapiTS(staticDocument() as unknown as OpenAPI3, { commentHeader: '', silent: true, alphabetize: true });
  return header + body;
}
