// Where the build of the server lives: dist/ (a link to dist-builds/<hash>) in the project folder, or in
// BUILD_DIR when that is set: a folder the service may write, so that the code itself can be read-only
// (docs/operations.md, "Deploying"; the systemd unit in deploy/systemd sets it). Shared by the build
// (build.mjs), `npm start` (start.mjs) and the command-line tools (tool.mjs); kept apart from build.mjs so
// that starting the server does not load esbuild.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** the folder holding dist, dist-builds/ and the build's lock */
export const buildRoot = process.env.BUILD_DIR ? path.resolve(process.env.BUILD_DIR) : projectRoot;
/** dist: a link to the current build */
export const distDir = path.join(buildRoot, 'dist');
const inside = path.relative(projectRoot, buildRoot);
/**
 * A build outside the project cannot find the project by walking up from itself (its locales, migrations,
 * node_modules): it is told the project's folder, and finds node_modules through a link in BUILD_DIR.
 */
export const buildOutsideProject = inside.startsWith('..') || path.isAbsolute(inside);
