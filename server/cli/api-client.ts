// npm run api:client: regenerates api/client/schema.gen.ts from the API document.
import { writeFile } from 'node:fs/promises';
import { projectPath } from '../../prisma/engine/project-root.ts';
import { CLIENT_TYPES_FILE, generateClientTypes } from '../../api/openapi/generate-client-types.ts';

const text = await generateClientTypes();
await writeFile(projectPath(CLIENT_TYPES_FILE), text);
console.log(`wrote ${CLIENT_TYPES_FILE} (${text.length} characters)`);
