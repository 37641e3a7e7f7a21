// `npm run admin|chat|db:seed`: a command-line tool from the build in dist/ (made or checked first, as before
// `npm start`), in this one process.
//
// Why not tsx as before: tsx compiled the TypeScript in every run and kept a loader thread for it; from the
// bundle a tool starts in ~2.3 s instead of ~3.4 s and uses ~1.7 s less CPU (measured on `admin users` and
// `chat`), and the tests start these tools a dozen times. The build is skipped when the sources did not
// change (a hash), and never disturbs a server running from dist/ (scripts/build.mjs).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServer, distDir } from './build.mjs';

const TOOLS = { admin: 'cli/admin.js', chat: 'cli/chat.js', seed: 'cli/seed.js' };
const name = process.argv[2];
const file = TOOLS[name];
if (!file) {
  console.error(`usage: node scripts/tool.mjs ${Object.keys(TOOLS).join('|')} [arguments]`);
  process.exit(2);
}
await buildServer();
// the tool reads its own arguments from process.argv.slice(2), as when it was started directly
process.argv.splice(2, 1);
await import(pathToFileURL(path.join(distDir, file)).href);
