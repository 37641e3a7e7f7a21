// `npm start`: the server from its build (dist/, or BUILD_DIR's, see build-dir.mjs), in this one process;
// the prestart made or checked that build. The Dockerfile and the systemd unit run this same command.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir } from './build-dir.mjs';

await import(pathToFileURL(path.join(distDir, 'main.js')).href);
