// `npm test`: the typecheck and the test files side by side, failing when either fails.
//
// Why side by side: the typecheck (~16 s of one core) ran before vitest started, while vitest leaves a core
// idle now and then (a test waiting for a child process or the browser, the last files of the run). Its
// output is held back and printed after vitest's, so the two never interleave.
// Arguments go to vitest: `npm test -- tests/bot` runs those files (and the whole typecheck).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(command, args, { quiet }) {
  const child = spawn(command, args, { cwd: root, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  let output = '';
  if (quiet) {
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
  }
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const started = Date.now();
const typecheck = run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'], { quiet: true }).then((r) => ({ ...r, seconds: (Date.now() - started) / 1000 }));
const tests = await run(bin('vitest'), ['run', ...process.argv.slice(2)], { quiet: false });
const types = await typecheck;
if (types.output.trim()) process.stdout.write(types.output);
console.log(types.code === 0 ? `typecheck: no errors (${types.seconds.toFixed(0)} s, alongside the tests)` : `typecheck: FAILED (exit ${types.code})`);
process.exit(tests.code !== 0 ? tests.code : types.code);
